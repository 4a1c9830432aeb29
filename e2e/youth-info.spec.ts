/// <reference lib="dom" />
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, BASE_URL, launch } from "./browser.js";

/**
 * Issue 24: the public youth information pages in Chromium, for nl, en and ar. No login, no
 * cookie, nothing loaded from elsewhere; right-to-left for Arabic; the quick exit (click and
 * Escape) leaves no history entry; the print view is one A4 page; axe finds nothing.
 */
const EXIT = "https://www.google.nl/";
const SHOTS = "test-results/youth-info";
const LANGS = [
  { lang: "nl", dir: "ltr", exit: "Snel weg", title: /Informatie voor jou/ },
  { lang: "en", dir: "ltr", exit: "Leave quickly", title: /Information for you/ },
  { lang: "ar", dir: "rtl", exit: "خروج سريع", title: /معلومات لك/ },
] as const;

describe("youth information pages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  /** A context without login that answers the neutral site itself, recording every request. */
  async function open(lang: string) {
    const context = await browser.newContext({
      baseURL: BASE_URL,
      viewport: { width: 390, height: 800 },
    });
    const outside: string[] = [];
    await context.route(`${EXIT}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Google</title><p>neutral</p>" }),
    );
    context.on("request", (r) => {
      if (!r.url().startsWith(BASE_URL) && !r.url().startsWith(EXIT)) outside.push(r.url());
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`/info/${lang}`);
    return { context, page, outside, errors };
  }

  for (const { lang, dir, exit, title } of LANGS) {
    it(`${lang}: opens without a login, sets no cookie, loads nothing from elsewhere, reads ${dir}`, async () => {
      const { context, page, outside, errors } = await open(lang);
      expect(await page.title()).toMatch(title);
      expect(page.url()).toBe(`${BASE_URL}/info/${lang}`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe("");
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
      expect(direction).toBe(dir);
      // The quick exit sits at the end of the first line: right in ltr, left in rtl.
      const button = await page.getByRole("link", { name: exit }).boundingBox();
      const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
      if (!button || !heading) throw new Error("no quick exit or heading");
      if (dir === "rtl") {
        expect(button.x).toBeLessThan(20);
        expect(heading.x + heading.width).toBeGreaterThan(360);
      } else {
        expect(button.x + button.width).toBeGreaterThan(370);
        expect(heading.x).toBeLessThan(30);
      }
      // A phone number inside Arabic text stays left-to-right.
      const bdi = await page
        .locator('a[href="tel:112"] bdi')
        .evaluateAll((es) => es.map((e) => getComputedStyle(e).direction));
      // 112 in the running text ("Bel 112") and in the contacts, both isolated left-to-right.
      expect(bdi).toEqual(["ltr", "ltr"]);
      const shot = await page.screenshot({
        path: `${SHOTS}/youth-info-${lang}.png`,
        fullPage: true,
      });
      expect(shot.byteLength).toBeGreaterThan(10_000);
      await context.close();
    });

    it(`${lang}: the quick exit button replaces the page with a neutral site, without a history entry`, async () => {
      const { context, page } = await open(lang);
      const before = await page.evaluate(() => history.length);
      await page.getByRole("link", { name: exit }).click();
      await page.waitForURL(EXIT);
      expect(await page.evaluate(() => history.length)).toBe(before);
      await context.close();
    });

    it(`${lang}: Escape leaves the same way`, async () => {
      const { context, page } = await open(lang);
      await page.getByRole("heading", { level: 1 }).click();
      const before = await page.evaluate(() => history.length);
      await page.keyboard.press("Escape");
      await page.waitForURL(EXIT);
      expect(await page.evaluate(() => history.length)).toBe(before);
      await context.close();
    });

    it(`${lang}: the print view is one A4 page with the QR code`, async () => {
      const { context, page } = await open(lang);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".qr svg").isVisible()).toBe(true);
      expect(await page.getByRole("link", { name: exit }).isVisible()).toBe(false);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
      console.log(
        `youth information leaflet ${lang}: ${pages.length} page(s), ${pdf.byteLength} bytes`,
      );
      expect(pages.length).toBe(1);
      await context.close();
    });

    it(`${lang}: axe finds no WCAG 2.2 A/AA violations`, async () => {
      const { context, page } = await open(lang);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  it("keeps working offline once visited", async () => {
    const { context, page } = await open("ar");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 50 && !(await caches.match(location.pathname)); i++)
        await new Promise((r) => setTimeout(r, 100));
    });
    await context.setOffline(true);
    await page.reload();
    expect(await page.title()).toMatch(/معلومات لك/);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    await context.close();
  });
});
