/// <reference lib="dom" />
/**
 * The youth dossier journeys: register, circle, need-to-know, relocation with a handover note,
 * the duplicate warning, the privacy officer's access log — and axe on every screen, in Dutch
 * and English. Each user logs in once (the login is rate limited per IP) and keeps their page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, launch, login, newPage } from "./browser.js";

const rand = () => Math.random().toString(36).slice(2, 6);
const digits = () => String(1000 + Math.floor(Math.random() * 9000));
const NAME = `E2E Jongere ${rand()}`;
const V_NUMBER = `V-${digits()}-${digits()}`;
const HANDOVER = {
  openConcerns: "Wordt 's avonds opgehaald door een onbekende auto.",
  safetyAgreements: "Telefoon 's nachts bij de mentor.",
  nextSteps: "Gesprek met de zorgcoördinator deze week.",
};

/** Waits until the page has its h1 and no "loading" text. */
async function settled(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !/Bezig met laden|Loading…/.test(document.body.innerText));
}

/** Opens a path and returns axe's violations once the page has settled. */
async function axeAt(page: Page, path: string, ready?: () => Promise<void>) {
  await page.goto(path);
  await settled(page);
  if (ready) await ready();
  return axe(page);
}

async function setLanguage(page: Page, lang: "nl" | "en"): Promise<void> {
  await page.evaluate((l) => localStorage.setItem("inzicht.lang", l), lang);
}

describe("youth dossier journeys", () => {
  let browser: Browser;
  const pages: Record<string, Page> = {};
  let youthId = "";

  /** One logged-in page per user, created on first use. */
  async function as(user: string): Promise<Page> {
    const existing = pages[user];
    if (existing) return existing;
    const { page } = await newPage(browser, null);
    await login(page, user.split("@")[0] ?? user, user.includes("@") ? user : undefined);
    pages[user] = page;
    return page;
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("a mentor registers a youth and adds the guardian to the circle", async () => {
    const page = await as("mentor");
    await page.goto("/youths/new");
    await settled(page);
    await page.getByLabel(/^Naam of schuilnaam/).fill(NAME);
    await page.getByLabel("V-nummer", { exact: true }).fill(V_NUMBER);
    await page.getByLabel(/^Geboortedatum/).fill("2010-05-01");
    await page.getByLabel(/^Opvanglocatie/).selectOption({ label: "COA Zutphen" });
    await page.getByRole("button", { name: "Registreren" }).click();
    await page.waitForURL(/\/youths\/[0-9a-f-]{36}$/);
    youthId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(NAME);
    expect(await page.getByText("V-nummer").first().isVisible()).toBe(true);

    await page.getByRole("link", { name: "Kring", exact: true }).click();
    await page.getByLabel(/^Zoek een professional/).fill("Youssef");
    const option = page.locator("#add-member-userId option", { hasText: "Youssef El Amrani" });
    await option.waitFor({ state: "attached" });
    await page.getByLabel(/^Professional/).selectOption((await option.getAttribute("value")) ?? "");
    expect(await page.getByLabel(/^Rol voor de jongere/).inputValue()).toBe("guardian");
    await page.getByRole("button", { name: "Toevoegen aan de kring" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Youssef El Amrani is toegevoegd aan de kring"));
    await expect
      .poll(() => page.getByRole("table", { name: "Huidige leden van de kring" }).textContent())
      .toContain("Youssef El Amrani");
    // After the add the role does not fall back to "Anders": it waits for the next person.
    expect(await page.getByLabel(/^Rol voor de jongere/).inputValue()).toBe("");
  });

  it("the guardian sees the youth in Mijn jongeren", async () => {
    const page = await as("guardian");
    await page.goto(`/youths?q=${encodeURIComponent(NAME)}`);
    await settled(page);
    await page.getByRole("link", { name: NAME, exact: true }).waitFor();
    await page.getByRole("link", { name: NAME, exact: true }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(NAME);
  });

  it("a mentor at another location does not see it, and gets the not-found page", async () => {
    const page = await as("mentor.terapel@demo.inzicht.test");
    await page.goto(`/youths?q=${encodeURIComponent(NAME)}`);
    await settled(page);
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Geen jongeren gevonden");
    expect(await page.getByRole("link", { name: NAME }).count()).toBe(0);
    await page.goto(`/youths/${youthId}`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Dossier niet gevonden of geen toegang");
    expect(await page.getByText(NAME).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Toegang vragen" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Noodtoegang" }).count()).toBe(0);
  });

  it("the mentor relocates the youth with a handover note; errors are summarised first", async () => {
    const page = await as("mentor");
    await page.goto(`/youths/${youthId}/relocate`);
    await settled(page);
    await page.getByRole("button", { name: "Verhuizen" }).click();
    const summary = page.getByRole("heading", { name: "Controleer het formulier" });
    await summary.waitFor();
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("iz-error-summary")),
    ).toBe(true);
    expect(await page.getByText("Schrijf de volgende stappen op.").count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);

    await page.getByLabel(/^Nieuwe locatie/).selectOption({ label: "COA Ter Apel" });
    const tom = page.locator("#relocate-newMentorId option", { hasText: "Tom Wouters" });
    await tom.waitFor({ state: "attached" });
    await page.getByLabel(/^Nieuwe mentor/).selectOption((await tom.getAttribute("value")) ?? "");
    await page.getByLabel(/^Open zorgen/).fill(HANDOVER.openConcerns);
    await page.getByLabel(/^Veiligheidsafspraken/).fill(HANDOVER.safetyAgreements);
    await page.getByLabel(/^Volgende stappen/).fill(HANDOVER.nextSteps);
    await page.getByRole("button", { name: "Verhuizen" }).click();
    await page.waitForURL(new RegExp(`/youths/${youthId}$`));
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("verhuisd naar COA Ter Apel"));
    await expect
      .poll(() => page.locator(".iz-dossier-header").textContent())
      .toContain("alleen lezen");
  });

  it("the new mentor sees the handover note first, and a notification about it", async () => {
    const page = await as("mentor.terapel@demo.inzicht.test");
    await page.goto(`/youths/${youthId}`);
    await settled(page);
    const note = page.getByRole("region", { name: "Overdrachtsnotitie" });
    await note.waitFor();
    expect(await note.textContent()).toContain(HANDOVER.openConcerns);
    const first = await page.evaluate(() => {
      const note = document.querySelector(".iz-handover");
      const tabs = document.querySelector(".iz-tabs");
      return !!note && !!tabs && !!(note.compareDocumentPosition(tabs) & 4);
    });
    expect(first).toBe(true);
    await page.goto("/notifications");
    await settled(page);
    await expect
      .poll(() => page.locator(".iz-notifications").textContent())
      .toContain(`${NAME} is naar jouw locatie verhuisd`);
  });

  it("registering the same youth again warns, names the organisation, and offers access", async () => {
    const page = await as("care_coordinator");
    await page.goto("/youths/new");
    await settled(page);
    await page.getByLabel(/^Naam of schuilnaam/).fill(`Ander ${rand()}`);
    await page.getByLabel("V-nummer", { exact: true }).fill(V_NUMBER);
    await page.getByLabel(/^Geboortedatum/).fill("2011-02-03");
    await page.getByLabel(/^Opvanglocatie/).selectOption({ label: "COA Zutphen" });
    await page.getByRole("button", { name: "Registreren" }).click();
    const warning = page.getByRole("region", { name: "Er bestaat mogelijk al een dossier" });
    await warning.waitFor();
    expect(await warning.textContent()).toContain("COA Ter Apel");
    expect(await warning.textContent()).not.toContain(NAME);
    expect(await axe(page)).toEqual([]);
    await warning.getByRole("button", { name: "Toegang vragen" }).click();
    await warning
      .getByLabel(/^Waarom heb je toegang nodig/)
      .fill("Ik ben de zorgcoördinator in de regio.");
    await warning.getByRole("button", { name: "Verzoek versturen" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Je verzoek is verstuurd"));
  });

  it("the privacy officer sees who read the dossier, and can export it", async () => {
    const page = await as("privacy_officer");
    await page.goto("/audit");
    await settled(page);
    // Find the youth by name, as a privacy officer would; picking them sets the youth filter.
    await page.getByLabel(/^Naam of V-nummer van de jongere/).fill(NAME);
    await page.getByRole("button", { name: "Opzoeken" }).click();
    // The youth moved to Ter Apel in the relocation journey above.
    await page.getByRole("button", { name: `Toon log van ${NAME} (COA Ter Apel)` }).click();
    await page.waitForURL(new RegExp(`youthId=${youthId}`));
    await settled(page);
    await page.getByLabel(/^Actie/).selectOption("youth.read");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.waitForURL(/action=youth\.read/);
    await settled(page);
    const table = page.getByRole("table");
    await table.waitFor();
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("Dossier gelezen");
    for (const reader of ["Sanne de Vries", "Youssef El Amrani", "Tom Wouters"])
      expect(text).toContain(reader);
    // The youth is named by its display name, not shown as a raw id.
    expect(text).toContain(NAME);
    expect(await page.getByText(`Toegangslog van ${NAME}`).isVisible()).toBe(true);
    const csv = await page.getByRole("link", { name: /Exporteer als CSV/ }).getAttribute("href");
    expect(csv).toContain(`youthId=${youthId}`);
    await page.goto(`/audit?youthId=${youthId}&action=youth.denied`);
    await settled(page);
    await expect.poll(() => page.getByRole("table").textContent()).toContain("Geweigerd");
  });

  /** Axe on each path (after `ready`), all violations per path; empty lists are good. */
  async function axeAll(
    page: Page,
    paths: [string, (() => Promise<void>)?][],
  ): Promise<Record<string, unknown>> {
    const seen: Record<string, unknown> = {};
    for (const [path, ready] of paths) seen[path] = await axeAt(page, path, ready);
    return seen;
  }

  const noViolations = (seen: Record<string, unknown>) => {
    for (const [path, violations] of Object.entries(seen)) expect(violations, path).toEqual([]);
  };

  let amir = "";

  for (const lang of ["nl", "en"] as const) {
    it(`axe: no WCAG 2.2 A/AA violations on home, the list and register (${lang})`, async () => {
      const mentor = await as("mentor");
      await setLanguage(mentor, lang);
      await mentor.goto("/youths?q=Amir");
      await settled(mentor);
      amir =
        (await mentor.getByRole("link", { name: "Amir K.", exact: true }).getAttribute("href")) ??
        "";
      expect(amir).toMatch(/^\/youths\//);
      const seen = await axeAll(mentor, [
        ["/"],
        ["/youths", () => mentor.getByRole("table").waitFor()],
        ["/youths/new"],
      ]);
      await mentor.locator("form.iz-form button[type=submit]").click();
      await mentor.locator(".iz-error-summary").waitFor();
      seen["/youths/new (errors)"] = await axe(mentor);
      noViolations(seen);
      expect(await mentor.evaluate(() => document.documentElement.lang)).toBe(lang);
    }, 120_000);

    it(`axe: no WCAG 2.2 A/AA violations on the dossier tabs and relocate (${lang})`, async () => {
      const mentor = await as("mentor");
      const seen = await axeAll(mentor, [
        [amir],
        [`${amir}/details`, () => mentor.locator(".iz-facts--rows").waitFor()],
      ]);
      const edit = lang === "nl" ? "Gegevens wijzigen" : "Change details";
      await mentor.getByRole("button", { name: edit }).click();
      await mentor.locator("#edit-displayName").waitFor();
      seen[`${amir}/details (edit)`] = await axe(mentor);
      Object.assign(
        seen,
        await axeAll(mentor, [
          [`${amir}/circle`, () => mentor.locator("#add-member-title").waitFor()],
          [`${amir}/relocate`, () => mentor.locator("#relocate-title").waitFor()],
        ]),
      );
      noViolations(seen);
    }, 120_000);

    it(`axe: no WCAG 2.2 A/AA violations on notifications, not-found and audit (${lang})`, async () => {
      const mentor = await as("mentor");
      const seen = await axeAll(mentor, [["/notifications"]]);
      const outsider = await as("mentor.terapel@demo.inzicht.test");
      await setLanguage(outsider, lang);
      seen[`${amir} (not found)`] = await axeAt(outsider, amir);
      const officer = await as("privacy_officer");
      await setLanguage(officer, lang);
      seen["/audit"] = await axeAt(officer, "/audit", () => officer.getByRole("table").waitFor());
      noViolations(seen);
    }, 120_000);
  }
});
