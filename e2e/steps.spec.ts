/// <reference lib="dom" />
/**
 * Acting on a concern: the seed's case (Amir K., 16) walked by the mentor, the guardian and the
 * care coordinator — safety check, consult, talk, weigh, decide, CoMensha registration with the
 * youth's consent, monitoring with a review date; a CoMensha registration for a youth under 16
 * with the guardian's consent; a missing episode opened and closed; axe on every new screen in
 * Dutch and English. Each user logs in once (the login is rate limited per IP).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, launch, login, newPage } from "./browser.js";

const MARK = Math.random().toString(36).slice(2, 7);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Waits until the page has its h1 and no "loading" text. */
async function settled(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !/Bezig met laden|Loading…/.test(document.body.innerText));
}

/** A call to the API with the page's session and CSRF token. */
async function api<T>(page: Page, method: "GET" | "POST", url: string, data?: unknown) {
  const me = (await (await page.request.get("/api/auth/me")).json()) as { csrfToken: string };
  const res = await page.request.fetch(url, {
    method,
    headers: { "x-csrf-token": me.csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  return { status: res.status(), body: (await res.json().catch(() => null)) as T };
}

/** Waits for a polite status message containing the text. */
async function announced(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.getByRole("status").allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining(text));
}

async function complete(page: Page, stepName: string): Promise<void> {
  await page.getByRole("button", { name: "Stap afronden" }).click();
  await announced(page, `Stap afgerond: ${stepName}`);
}

describe("acting on a concern: steps, reports and the missing protocol", () => {
  let browser: Browser;
  const pages: Record<string, Page> = {};
  let amir = "";
  let mariam = "";

  async function as(user: string): Promise<Page> {
    const existing = pages[user];
    if (existing) return existing;
    const { page } = await newPage(browser, "nl");
    await login(page, user);
    pages[user] = page;
    return page;
  }

  async function open(user: string, path: string): Promise<Page> {
    const page = await as(user);
    await page.goto(path);
    await settled(page);
    return page;
  }

  beforeAll(async () => {
    browser = await launch();
    const mentor = await as("mentor");
    const found = await api<{ items: { id: string; displayName: string }[] }>(
      mentor,
      "GET",
      "/api/youths?q=Amir",
    );
    amir = found.body.items.find((y) => y.displayName === "Amir K.")?.id ?? "";
    const guardian = await as("guardian");
    const m = await api<{ items: { id: string; displayName: string }[] }>(
      guardian,
      "GET",
      "/api/youths?q=Mariam",
    );
    mariam = m.body.items.find((y) => y.displayName === "Mariam S.")?.id ?? "";
    expect(amir).toMatch(/^[0-9a-f-]{36}$/);
    expect(mariam).toMatch(/^[0-9a-f-]{36}$/);
  });
  afterAll(() => browser.close());

  it("the circle walks the seed's case from safety check to a CoMensha registration and a review date", async () => {
    // Mentor: the concern and the safety check (the seed's two questions).
    let page = await open("mentor", `/youths/${amir}/steps`);
    await page
      .getByLabel(/^Wat is je zorg\?/)
      .fill(`Vertelt summier dat hij onder dwang moet stelen (${MARK}).`);
    await page.getByRole("button", { name: "Traject starten" }).click();
    await announced(page, "Het traject is gestart");
    await page.getByRole("heading", { name: "Stap vastleggen: Veiligheidscheck" }).waitFor();
    expect(await page.getByRole("link", { name: "Bel 112" }).first().getAttribute("href")).toBe(
      "tel:112",
    );
    expect(
      await page
        .getByRole("link", { name: /Veilig Thuis: 0800-2000/ })
        .first()
        .getAttribute("href"),
    ).toBe("tel:08002000");
    await page.getByRole("radio", { name: "Nee, nu niet" }).check();
    await page.getByLabel(/Loop je nu gevaar\?/).fill("Nu niet, maar ze bellen steeds.");
    await page.getByLabel(/Wat als je de telefoon uitzet\?/).fill("Dan komen ze naar de locatie.");
    await complete(page, "Veiligheidscheck");

    // Care coordinator: an informal, no-obligation consultation.
    page = await open("care_coordinator", `/youths/${amir}/steps`);
    await page.getByRole("heading", { name: "Stap vastleggen: Overleg en advies" }).waitFor();
    await page.getByLabel(/^Met wie heb je overlegd\?/).selectOption("care_coordinator");
    await page
      .getByLabel(/^Welk advies kreeg je\?/)
      .fill("Vrijblijvend gesprek; ik leg een lijntje met de politie. Aangifte nu niet.");
    await complete(page, "Overleg en advies");

    // Mentor: he will not talk much — "dan praat ik wel even"; saved as a draft first.
    page = await open("mentor", `/youths/${amir}/steps`);
    await page.getByRole("heading", { name: "Stap vastleggen: Gesprek met de jongere" }).waitFor();
    await page.getByRole("radio", { name: /wilde niet praten/ }).check();
    await page.getByLabel(/^In welke taal\?/).fill("Arabisch");
    await page.getByRole("button", { name: "Concept opslaan" }).click();
    await announced(page, "Concept opgeslagen");
    await page.getByRole("checkbox", { name: "Dat het niet zijn of haar schuld is" }).check();
    await complete(page, "Gesprek met de jongere");

    // Guardian: weigh (the path suggests organising help) and decide.
    page = await open("guardian", `/youths/${amir}/steps`);
    await page.getByRole("heading", { name: "Stap vastleggen: Afwegen" }).waitFor();
    for (const [n, answer] of [
      [1, "Ja"],
      [2, "Nee"],
      [3, "Ja"],
      [4, "Ja"],
    ] as const) {
      await page
        .getByRole("group", { name: new RegExp(`^Vraag ${n}:`) })
        .getByRole("radio", { name: answer })
        .check();
    }
    await expect
      .poll(() => page.locator(".iz-steps-suggestion").textContent())
      .toContain("hulp bieden of organiseren");
    expect(await axe(page)).toEqual([]);
    await complete(page, "Afwegen");
    await page.getByRole("heading", { name: "Stap vastleggen: Besluiten" }).waitFor();
    expect(
      await page
        .getByText(/non-punishment is geen gegeven/)
        .first()
        .isVisible(),
    ).toBe(true);
    await page.getByRole("checkbox", { name: "Hulp bieden of organiseren" }).check();
    await page.getByRole("checkbox", { name: "Aanmelden bij CoMensha" }).check();
    await page
      .getByLabel(/^Welke hulp, door wie\?/)
      .fill("Zorgcoördinator begeleidt; mentor houdt dagelijks contact.");
    await complete(page, "Besluiten");

    // Guardian: the CoMensha registration, prefilled; Amir is 16, so he signs himself.
    page = await open("guardian", `/youths/${amir}/reports`);
    await page.getByLabel("Soort melding").selectOption("comensha");
    await page.getByRole("button", { name: "Formulier openen" }).click();
    await page.getByRole("heading", { name: "Aanmelding CoMensha" }).waitFor();
    expect(await page.getByText(/vanaf 16 jaar tekent de jongere zelf/).isVisible()).toBe(true);
    expect(await page.locator(".iz-steps-summary").textContent()).not.toContain("V-2607-1101");
    expect(await axe(page)).toEqual([]);
    await page.getByRole("radio", { name: "De jongere" }).check();
    await page.getByLabel(/^Naam van wie tekende/).fill("Amir K.");
    await page.getByLabel(/^Datum van ondertekening/).fill(inDays(0));
    await page
      .getByRole("checkbox", { name: "De getekende verklaring zit in het dossier" })
      .check();
    await page.getByRole("button", { name: "Vastleggen als verstuurd" }).click();
    await announced(page, "is vastgelegd als verstuurd");
    const pdfLink = page.getByRole("link", { name: "PDF: Aanmelding CoMensha" }).first();
    const pdf = await page.request.get((await pdfLink.getAttribute("href")) ?? "");
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Mentor: monitoring with a review date and a responsible person (a reminder follows).
    page = await open("mentor", `/youths/${amir}/steps`);
    await page.getByRole("heading", { name: "Stap vastleggen: Monitoren" }).waitFor();
    await page
      .getByLabel(/^Veiligheidsafspraken/)
      .fill("Telefoon 's nachts bij de mentor; elke avond even contact.");
    await page.getByLabel(/^Datum van de volgende evaluatie/).fill(inDays(7));
    await complete(page, "Monitoren");
    await page.getByText("Verantwoordelijk: Sanne de Vries").first().waitFor();
    const due = await api<{ items: { youth: { id: string } }[] }>(
      page,
      "GET",
      "/api/reviews/due?withinDays=10",
    );
    expect(due.body.items.some((r) => r.youth.id === amir)).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it("under 16 the guardian signs the CoMensha consent", async () => {
    const page = await open("guardian", `/youths/${mariam}/reports`);
    await page.getByLabel("Soort melding").selectOption("comensha");
    await page.getByRole("button", { name: "Formulier openen" }).click();
    await page.getByRole("heading", { name: "Aanmelding CoMensha" }).waitFor();
    expect(await page.getByText(/onder de 16 tekent de voogd/).isVisible()).toBe(true);
    await page
      .getByLabel(/^Beschrijving van het vermoeden/)
      .fill("Zorgen over een oudere ‘vriend’ die haar ophaalt en cadeaus geeft.");
    await page.getByRole("radio", { name: "De voogd" }).check();
    await page.getByLabel(/^Naam van wie tekende/).fill("Youssef El Amrani (Nidos)");
    await page.getByLabel(/^Datum van ondertekening/).fill(inDays(0));
    await page
      .getByRole("checkbox", { name: "De getekende verklaring zit in het dossier" })
      .check();
    await page.getByRole("button", { name: "Vastleggen als verstuurd" }).click();
    await announced(page, "is vastgelegd als verstuurd");
    expect(
      await page.getByRole("table", { name: "Meldingen van deze jongere" }).textContent(),
    ).toContain("verstuurd");
  });

  it("a missing episode is opened, followed with the checklist, and closed after the return conversation", async () => {
    const page = await open("mentor", `/youths/${amir}/missing`);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const local = `${anHourAgo.getFullYear()}-${pad(anHourAgo.getMonth() + 1)}-${pad(anHourAgo.getDate())}T${pad(anHourAgo.getHours())}:${pad(anHourAgo.getMinutes())}`;
    await page.getByLabel(/^Wanneer laatst gezien/).fill(local);
    await page.getByLabel(/^Waar laatst gezien/).fill(`Station Zutphen (${MARK})`);
    await page.getByLabel(/^Met wie/).fill("Twee onbekende mannen in een grijze auto");
    await page.getByLabel(/^Omstandigheden/).fill("Kwam niet terug na school; kamer leeg.");
    await page.getByRole("radio", { name: "Heeft de telefoon bij zich" }).check();
    await page.getByRole("button", { name: "Vermissing vastleggen" }).click();
    await announced(page, "De vermissing is vastgelegd");
    await page.getByText("Amir K. is vermist").waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole("checkbox", { name: /^Politie ingelicht \(vermissingsmelding\)/ }).check();
    await announced(page, "Vastgelegd in de checklist");
    const summary = page.getByRole("link", { name: "Overzicht voor de politie (PDF)" }).first();
    const pdf = await page.request.get((await summary.getAttribute("href")) ?? "");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByRole("button", { name: "Vastleggen: weer in beeld" }).click();
    await announced(page, "Voer het terugkeergesprek");
    await page
      .getByLabel(/^Samenvatting van het gesprek/)
      .fill("Was bij een ‘vriend’ in Arnhem; wil er niet over praten.");
    await page.getByRole("button", { name: "Gesprek vastleggen" }).click();
    await announced(page, "Het terugkeergesprek is vastgelegd");
    // Items still open need a reason each before the episode can close.
    const reasons = page.getByLabel(/^Waarom niet gedaan/);
    await reasons.first().waitFor();
    for (let i = 0; i < (await reasons.count()); i += 1)
      await reasons.nth(i).fill("Binnen het uur terug; niet meer nodig.");
    await page.getByRole("button", { name: "Vermissing afsluiten" }).click();
    await announced(page, "De vermissing is afgesloten");
    const history = page.getByRole("region", { name: "Eerdere vermissingen" });
    await expect.poll(() => history.textContent()).toContain("afgesloten");
    expect(await history.textContent()).toContain(`Station Zutphen (${MARK})`);
  });

  it.each(["nl", "en"] as const)("axe finds no violations on the new tabs (%s)", async (lang) => {
    const page = await as("care_coordinator");
    await page.evaluate((l) => localStorage.setItem("inzicht.lang", l), lang);
    for (const [tab, ready] of [
      ["steps", ".iz-steps-traject"],
      ["reports", "table"],
      ["missing", ".iz-steps-episode"],
    ] as const) {
      await page.goto(`/youths/${amir}/${tab}`);
      await settled(page);
      await page.locator(ready).first().waitFor();
      expect(await axe(page), `${tab} (${lang})`).toEqual([]);
    }
    await page.evaluate(() => localStorage.setItem("inzicht.lang", "nl"));
  });
});
