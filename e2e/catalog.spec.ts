/// <reference lib="dom" />
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, launch, newPage } from "./browser.js";

interface CatalogJson {
  indicators: { id: string; acute: boolean; types: string[]; text: string; withdrawn?: object }[];
}

/** What the signal list offers: withdrawn items stay in the catalogue but are not listed. */
const offered = (c: CatalogJson) => c.indicators.filter((i) => !i.withdrawn);

/** The catalogue as the API serves it, to compare with what the pages show. */
async function apiCatalog(page: Page, lang: "nl" | "en"): Promise<CatalogJson> {
  const res = await page.request.get(`/api/catalog?lang=${lang}`);
  return (await res.json()) as CatalogJson;
}

const status = (page: Page) => page.getByRole("status").first().textContent();

describe("signal list, knowledge base and sociale kaart (no login)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("searching 'stelen' finds the forced-theft signal first and opens its page", async () => {
    const { page, context } = await newPage(browser);
    await page.goto("/signals");
    await page.getByLabel("Zoek een signaal").fill("stelen");
    const results = page.getByRole("region", { name: "Zoekresultaten" });
    await results.waitFor();
    const first = results.getByRole("link").first();
    expect(await first.textContent()).toContain("Moet van anderen stelen");
    expect(await first.getAttribute("href")).toBe("/signals/crim.forced-theft");
    await first.click();
    await page.waitForURL(/\/signals\/crim\.forced-theft$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("stelen");
    // Acute: the page tells you to call now, with click-to-call links.
    expect(await page.getByRole("link", { name: "Bel 112" }).getAttribute("href")).toBe("tel:112");
    expect(
      await page.getByRole("link", { name: /Veilig Thuis: 0800-2000/ }).getAttribute("href"),
    ).toBe("tel:08002000");
    expect(await page.getByText("Sterk signaal").first().isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Bronnen" }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole("link", { name: "Lees meer over dit signaal in de training" })
        .getAttribute("href"),
    ).toMatch(/^\/training\/m[0-9]/);
    // Plain language: the catalogue code is not on the page (issue 15), only in the address.
    expect(await page.locator("main").textContent()).not.toContain("crim.forced-theft");
    // Back to the list keeps the search.
    await page.goBack();
    await page.waitForURL(/\/signals\?q=stelen/);
    expect(await page.getByLabel("Zoek een signaal").inputValue()).toBe("stelen");
    await context.close();
  });

  it("a typo and English still find it", async () => {
    const { page, context } = await newPage(browser, "en");
    await page.goto("/signals");
    await page.getByLabel("Search for a signal").fill("steel");
    const results = page.getByRole("region", { name: "Search results" });
    await results.waitFor();
    const texts = await results.getByRole("link").allTextContents();
    expect(texts.slice(0, 3).join(" | ")).toContain("steal or pickpocket");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await context.close();
  });

  it("filters by acute, type and weight match the catalogue and survive a reload", async () => {
    const { page, context } = await newPage(browser);
    const active = offered(await apiCatalog(page, "nl"));
    await page.goto("/signals");
    await expect.poll(() => status(page)).toBe(`${active.length} signalen gevonden`);

    await page.getByRole("checkbox", { name: "Toon alleen acute signalen" }).check();
    const acute = active.filter((i) => i.acute);
    await expect.poll(() => status(page)).toBe(`${acute.length} signalen gevonden`);
    const links = await page.locator(".iz-cat-item").count();
    expect(links).toBe(acute.length);
    expect(await page.locator(".iz-cat-item .iz-cat-acute").count()).toBe(acute.length);

    await page.getByRole("checkbox", { name: "Arbeidsuitbuiting" }).check();
    const acuteLabour = acute.filter((i) => i.types.includes("labour"));
    await expect.poll(() => page.locator(".iz-cat-item").count()).toBe(acuteLabour.length);
    expect(page.url()).toContain("acute=1");
    expect(page.url()).toContain("type=labour");

    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(
      await page.getByRole("checkbox", { name: "Toon alleen acute signalen" }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Arbeidsuitbuiting" }).isChecked()).toBe(true);
    await expect.poll(() => page.locator(".iz-cat-item").count()).toBe(acuteLabour.length);

    await page.getByRole("button", { name: "Wis zoeken en filters" }).click();
    await page.getByRole("checkbox", { name: "Sterk signaal", exact: true }).check();
    const strong = (await page.request.get("/api/catalog").then((r) => r.json())) as {
      indicators: { tier: string; withdrawn?: object }[];
    };
    await expect
      .poll(() => page.locator(".iz-cat-item").count())
      .toBe(strong.indicators.filter((i) => i.tier === "strong" && !i.withdrawn).length);
    await context.close();
  });

  it("the sociale kaart shows Veilig Thuis with a tel: link, urgent contacts first", async () => {
    const { page, context } = await newPage(browser);
    await page.goto("/contacts");
    const link = page.getByRole("link", { name: "Bel Veilig Thuis: 0800-2000" });
    expect(await link.getAttribute("href")).toBe("tel:08002000");
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings[0]).toMatch(/acuut gevaar/i);
    const firstCards = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(firstCards.slice(0, 2)).toEqual(["112 (alarmnummer)", "Veilig Thuis"]);
    // Nobody checked the entries in this fresh world: no date, and the honest "niet recent".
    expect(
      await page
        .getByText(/Niet recent gecontroleerd: nog niemand/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText(/Gecontroleerd op/).count()).toBe(0);
    await context.close();
  });

  it("a knowledge page renders its text as paragraphs and lists", async () => {
    const { page, context } = await newPage(browser);
    await page.goto("/knowledge");
    await page.getByRole("link", { name: "Mensenhandel of mensensmokkel?" }).click();
    await page.waitForURL(/\/knowledge\/trafficking-vs-smuggling$/);
    await page.getByRole("heading", { level: 1, name: "Mensenhandel of mensensmokkel?" }).waitFor();
    expect(await page.getByRole("listitem").filter({ hasText: "Smokkel stopt" }).count()).toBe(1);
    expect(await page.locator("main script").count()).toBe(0);
    await context.close();
  });

  it("the print view lists every signal, prints cleanly and has an Afdrukken button", async () => {
    const { page, context } = await newPage(browser);
    await context.addInitScript(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    const active = offered(await apiCatalog(page, "nl"));
    await page.goto("/signals/print");
    // The loading state shows the same h1, so wait for the rows themselves.
    await expect.poll(() => page.locator("tbody tr").count()).toBe(active.length);
    await page.getByRole("button", { name: "Afdrukken" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Afdrukken" }).isVisible()).toBe(false);
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
    await context.close();
  });

  const pages = [
    "/signals",
    "/signals/crim.forced-theft",
    "/signals/print",
    "/knowledge",
    "/knowledge/trafficking-vs-smuggling",
    "/contacts",
  ];
  for (const lang of ["nl", "en"] as const) {
    for (const path of pages) {
      it(`axe finds no WCAG 2.2 A/AA violations on ${path} (${lang})`, async () => {
        const { page, context } = await newPage(browser, lang);
        await page.goto(path);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await page.locator(".iz-cat-loading").waitFor({ state: "detached" });
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await axe(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
