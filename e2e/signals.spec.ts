/// <reference lib="dom" />
/**
 * Signals, the picture and the caseload in the browser: the mentor records the seed's case
 * (16-year-old forced to steal, threatened by phone) in at most 10 interactions and sees the
 * acute guidance and the picture; the guardian sees it on the timeline with a notification; the
 * same journey by keyboard only; facts render as text, never as HTML; a draft survives a reload
 * and a failed save; axe on every new screen in Dutch and English.
 * Logins are rate limited per IP, so each user logs in once; other pages reuse the session.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, BASE_URL, launch, login, newPage } from "./browser.js";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

const FACTS =
  "Vertelt dat hij moet stelen voor iemand, anders wordt hij bedreigd. Wordt gebeld en buiten de locatie opgewacht.";
const XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const digits = () => String(1000 + Math.floor(Math.random() * 9000));

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

/** Waits until the page has its h1 and no "loading" text. */
async function settled(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !/Bezig met laden|Loading…/.test(document.body.innerText));
}

/** The number in "Niveau 4: …" of the picture's level badge. */
async function pictureLevel(page: Page): Promise<number> {
  const text = (await page.locator(".iz-sig-picture .iz-level").first().textContent()) ?? "";
  return Number(/(\d)/.exec(text)?.[1] ?? "-1");
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}

describe("signals, the picture and the caseload", () => {
  let browser: Browser;
  let mentor: Page;
  let mentorState: StorageState;
  let youthId = "";
  let amirId = "";

  /** A new page logged in as the mentor (same session, no extra login), in a language. */
  async function mentorPage(
    lang: "nl" | "en" = "nl",
  ): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ baseURL: BASE_URL, storageState: mentorState });
    await context.addInitScript((l) => localStorage.setItem("inzicht.lang", l), lang);
    const page = await context.newPage();
    page.on("pageerror", (e) => {
      throw e;
    });
    return { page, context };
  }

  beforeAll(async () => {
    browser = await launch();
    mentor = (await newPage(browser, "nl")).page;
    await login(mentor, "mentor");
    mentorState = await mentor.context().storageState();
    const orgs = await api<{ items: { id: string; name: string }[] }>(
      mentor,
      "GET",
      "/api/organisations",
    );
    const zutphen = orgs.body.items.find((o) => o.name === "COA Zutphen")?.id ?? "";
    const born = new Date(Date.now() - (16 * 365 + 40) * 86_400_000).toISOString().slice(0, 10);
    const created = await api<{ id: string }>(mentor, "POST", "/api/youths", {
      displayName: `Signaal Jongere ${digits()}`,
      vNumber: `V-${digits()}-${digits()}`,
      dateOfBirth: born,
      dateOfBirthEstimated: true,
      locationId: zutphen,
      arrivedAt: daysAgo(200),
    });
    expect(created.status).toBe(201);
    youthId = created.body.id;
    const added = await api(mentor, "POST", `/api/youths/${youthId}/circle`, {
      email: "guardian@demo.inzicht.test",
      relation: "guardian",
    });
    expect(added.status).toBe(201);
    const amir = await api<{ items: { id: string }[] }>(mentor, "GET", "/api/youths?q=Amir");
    amirId = amir.body.items[0]?.id ?? "";
  });
  afterAll(() => browser.close());

  it("the mentor records the seed's case in at most 10 interactions; acute guidance first, then the picture", async () => {
    let interactions = 0;
    const act = async (step: Promise<void>) => {
      await step;
      interactions += 1;
    };
    const page = mentor;
    await page.goto(`/youths/${youthId}/signals`);
    await settled(page);

    await act(page.getByRole("link", { name: "Signaal vastleggen" }).first().click());
    await act(page.getByLabel("Zoek een signaal").fill("stelen"));
    await act(page.getByRole("checkbox", { name: /^Moet van anderen stelen/ }).check());
    // The acute guidance appears at once, before saving.
    const alert = page.getByRole("alert").filter({ hasText: "Loop je nu gevaar?" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Wat als je de telefoon uitzet?");
    expect(await page.getByRole("link", { name: "Bel 112" }).getAttribute("href")).toBe("tel:112");
    expect(
      await page.getByRole("link", { name: /Veilig Thuis: 0800-2000/ }).getAttribute("href"),
    ).toBe("tel:08002000");
    await act(page.getByLabel("Zoek een signaal").fill("telefoon"));
    await act(
      page.getByRole("checkbox", { name: /^Wordt via telefoon of berichten bedreigd/ }).check(),
    );
    await act(page.getByLabel(/^Wat zag of hoorde je\?/).fill(FACTS));
    await act(page.getByRole("radio", { name: "De jongere vertelde het" }).check());
    await act(page.getByRole("checkbox", { name: "Ik heb de veiligheid gecheckt" }).check());
    await act(page.getByRole("button", { name: "Signaal opslaan" }).click());

    await page.waitForURL(new RegExp(`/youths/${youthId}$`));
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Signaal opgeslagen"));
    await page.locator(".iz-sig-picture .iz-level").first().waitFor();
    expect(await pictureLevel(page)).toBeGreaterThanOrEqual(3);
    expect(
      await page.getByText("Dit is een hulpmiddel, geen oordeel over de jongere.").isVisible(),
    ).toBe(true);
    expect(interactions).toBeLessThanOrEqual(10);
    console.log(`recording journey: ${interactions} interactions`);
    expect(
      await page.evaluate((id) => localStorage.getItem(`inzicht.signalDraft.${id}`), youthId),
    ).toBeNull();
  });

  it("the guardian sees the signal on the timeline, with who recorded it, and a notification", async () => {
    const { page, context } = await newPage(browser, "nl");
    await login(page, "guardian");
    await settled(page);
    const badge = page.getByRole("link", { name: /^Meldingen: \d+ ongelezen$/ });
    await expect
      .poll(async () => Number(/(\d+)/.exec((await badge.getAttribute("aria-label")) ?? "")?.[1]))
      .toBeGreaterThan(0);
    const notes = await api<{ items: { kind: string; youth: { id: string } | null }[] }>(
      page,
      "GET",
      "/api/notifications",
    );
    expect(notes.body.items.some((n) => n.kind === "level_rise" && n.youth?.id === youthId)).toBe(
      true,
    );
    await page.goto(`/youths/${youthId}/timeline`);
    await settled(page);
    const event = page.locator(".iz-sig-event--signal", { hasText: "moet stelen voor iemand" });
    await event.first().waitFor();
    const text = (await event.first().textContent()) ?? "";
    expect(text).toContain("Vastgelegd door Sanne de Vries");
    expect(text).toContain("Criminele uitbuiting");
    // The filters are real controls: only judgements → no signal events.
    await page.getByLabel("Soort gebeurtenis").selectOption("judgement");
    await expect.poll(() => page.locator(".iz-sig-event--signal").count()).toBe(0);
    await context.close();
  });

  it("the recording journey works with the keyboard only", async () => {
    const { page, context } = await mentorPage("nl");
    await page.goto(`/youths/${youthId}/signals/new`);
    await settled(page);
    const before = (await api<{ items: unknown[] }>(page, "GET", `/api/youths/${youthId}/signals`))
      .body.items.length;
    await tabTo(page, "#sig-indicatorIds");
    await page.keyboard.type("stelen");
    await tabTo(page, "#sig-ind-crim-forced-theft");
    await page.keyboard.press("Space");
    await tabTo(page, "#sig-safety");
    await page.keyboard.press("Space");
    await tabTo(page, "#sig-facts");
    await page.keyboard.type(
      "Zag hem vandaag met twee oudere jongens bij de winkel; hij gaf hun een tas.",
    );
    await tabTo(page, "#sig-source");
    await page.keyboard.press("ArrowDown");
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value),
    ).toBe("youth_told");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/youths/${youthId}$`));
    const after = (await api<{ items: unknown[] }>(page, "GET", `/api/youths/${youthId}/signals`))
      .body.items.length;
    expect(after).toBe(before + 1);
    await context.close();
  });

  it("script and HTML in facts, a judgement and a traject concern render as text on every tab", async () => {
    const { page, context } = await mentorPage("nl");
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const res = await api(page, "POST", `/api/youths/${youthId}/signals`, {
      indicatorIds: ["behav.out-at-night"],
      observedAt: today(),
      source: "own_observation",
      facts: XSS,
    });
    expect(res.status).toBe(201);
    // The same payload as a judgement's reason (Beeld) and as a traject's concern (Stappen).
    const judgement = await api(page, "POST", `/api/youths/${youthId}/judgements`, {
      kind: "no_suspicion",
      reason: XSS,
    });
    expect(judgement.status).toBe(201);
    const traject = await api(page, "POST", `/api/youths/${youthId}/trajects`, { concern: XSS });
    expect(traject.status).toBe(201);
    for (const tab of ["signals", "timeline", "", "steps"]) {
      await page.goto(`/youths/${youthId}${tab ? `/${tab}` : ""}`);
      await settled(page);
      const shown = page.getByText(XSS);
      await shown.first().waitFor();
      expect(await shown.first().isVisible(), tab).toBe(true);
      expect(await page.locator('img[src="x"]').count(), tab).toBe(0);
    }
    expect(dialogs).toBe(0);
    await context.close();
  });

  it("a draft survives a reload and a failed save; the retry with the same key creates one signal", async () => {
    const { page, context } = await mentorPage("nl");
    const count = async () =>
      (await api<{ items: unknown[] }>(page, "GET", `/api/youths/${youthId}/signals`)).body.items
        .length;
    const before = await count();
    await page.goto(`/youths/${youthId}/signals/new`);
    await settled(page);
    await page.getByLabel("Zoek een signaal").fill("moe");
    await page
      .getByRole("checkbox", { name: /^Is vaak erg moe/ })
      .first()
      .check();
    await page
      .getByLabel(/^Wat zag of hoorde je\?/)
      .fill("Sliep vandaag tijdens de les twee keer in.");
    await page.getByRole("radio", { name: /^Eigen waarneming/ }).check();
    await page.reload();
    await settled(page);
    expect(await page.getByText("We hebben je concept teruggezet.").isVisible()).toBe(true);
    expect(await page.getByLabel(/^Wat zag of hoorde je\?/).inputValue()).toContain(
      "Sliep vandaag",
    );

    const keys: string[] = [];
    await page.route(`**/api/youths/${youthId}/signals`, async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (keys.length === 1) await route.abort("failed");
      else await route.continue();
    });
    await page.getByRole("button", { name: "Signaal opslaan" }).click();
    const summary = page.locator(".iz-error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("geen verbinding");
    expect(await page.getByLabel(/^Wat zag of hoorde je\?/).inputValue()).toContain(
      "Sliep vandaag",
    );
    await page.getByRole("button", { name: "Signaal opslaan" }).click();
    await page.waitForURL(new RegExp(`/youths/${youthId}$`));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await count()).toBe(before + 1);
    await context.close();
  });

  it("the picture leads with the rule that decided, in plain words, and folds the rest", async () => {
    await mentor.goto(`${BASE_URL}/youths/${amirId}`);
    await mentor.locator(".iz-sig-reason").first().waitFor();
    const picture = mentor.locator(".iz-sig-picture");
    expect(await picture.innerText()).toMatch(/Dit niveau komt door deze (\d+ )?regels?:/);
    const folded = mentor.locator(".iz-sig-other-reasons");
    if ((await folded.count()) > 0) {
      expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await folded.locator("summary").click();
    }
    // Rule codes never show on screen (issue 15): only plain names and sentences.
    const text = await picture.innerText();
    for (const code of ["Regel:", "any-signal", "ilo-element", "describes-exploitation", "v2+"])
      expect(text).not.toContain(code);
    expect(await mentor.locator(".iz-sig-step__actions a").count()).toBeGreaterThan(0);
  });

  /** Every new screen, with what to wait for before axe runs. */
  const screens: {
    name: string;
    path: () => string;
    ready: (page: Page, lang: "nl" | "en") => Promise<void>;
  }[] = [
    {
      name: "record a signal (with the acute guidance open)",
      path: () => `/youths/${youthId}/signals/new`,
      ready: async (page, lang) => {
        await page.locator("#sig-indicatorIds").fill(lang === "nl" ? "stelen" : "steal");
        await page.locator("#sig-ind-crim-forced-theft").check();
        await page.locator("#sig-safety").waitFor();
      },
    },
    {
      name: "picture",
      path: () => `/youths/${amirId}`,
      ready: async (page) => {
        await page.locator(".iz-sig-reason").first().waitFor();
        // axe also checks the folded rules.
        await page.evaluate(() =>
          document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")),
        );
      },
    },
    {
      name: "signals",
      path: () => `/youths/${amirId}/signals`,
      ready: (page) => page.locator(".iz-sig-card").first().waitFor(),
    },
    {
      name: "timeline with chart",
      path: () => `/youths/${amirId}/timeline`,
      ready: (page) => page.locator(".iz-sig-chart svg[role=img]").waitFor(),
    },
    {
      name: "vulnerabilities",
      path: () => `/youths/${amirId}/vulnerabilities`,
      ready: (page) => page.locator(".iz-sig-vul-table").first().waitFor(),
    },
    {
      name: "caseload",
      path: () => "/caseload",
      ready: (page) => page.locator(".iz-sig-caseload").first().waitFor(),
    },
    {
      name: "home with the caseload widget",
      path: () => "/",
      ready: (page) => page.locator(".iz-sig-caseload").first().waitFor(),
    },
  ];
  for (const lang of ["nl", "en"] as const) {
    for (const screen of screens) {
      it(`axe finds no WCAG 2.2 A/AA violations: ${screen.name} (${lang})`, async () => {
        const { page, context } = await mentorPage(lang);
        await page.goto(screen.path());
        await settled(page);
        await screen.ready(page, lang);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await axe(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
