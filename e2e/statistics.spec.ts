/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, login, launch, newPage } from "./browser.js";

/**
 * Issue 23: a researcher opens the anonymous statistics in Dutch and English, sees a chart with
 * its data table, "< 10" where a number is small, a CSV download, 0 axe violations — and gets a
 * 404 on any dossier. The export for the Nationaal Rapporteur / CoMensha opens by keyboard and
 * gives its CSV (its numbers are tested in statistics-export.int.test.ts).
 */
describe("anonymous statistics", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  for (const lang of ["nl", "en"] as const) {
    it(`a researcher sees the figures with suppression (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await login(page, "researcher");
      const nav = lang === "nl" ? "Cijfers" : "Statistics";
      await page.getByRole("link", { name: nav, exact: true }).first().click();
      const title = lang === "nl" ? "Anonieme cijfers" : "Anonymous statistics";
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      const figure = lang === "nl" ? "Signalen per soort" : "Signals per kind";
      await page.getByRole("heading", { level: 2, name: figure }).waitFor();
      const table = page.getByRole("table", { name: figure });
      await table.waitFor();
      expect(await table.getByRole("cell", { name: "< 10" }).count()).toBeGreaterThan(0);
      await page.getByRole("img", { name: new RegExp(figure) }).waitFor();

      // Another figure by keyboard: the select, then the level table per quarter.
      const label = lang === "nl" ? "Cijfer" : "Figure";
      await page.getByLabel(label, { exact: true }).focus();
      await page
        .getByLabel(label, { exact: true })
        .selectOption({ label: lang === "nl" ? "Jongeren per niveau" : "Youths per level" });
      await page
        .getByRole("heading", {
          level: 2,
          name: lang === "nl" ? "Jongeren per niveau" : "Youths per level",
        })
        .waitFor();

      const csv = page.getByRole("link", { name: /CSV/ });
      const href = await csv.getAttribute("href");
      const res = await page.request.get(href ?? "");
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
      expect(await res.text()).toContain("< 10");

      // The export for the Rapporteur / CoMensha, opened by keyboard, with its CSV.
      const show =
        lang === "nl"
          ? "Export voor Nationaal Rapporteur / CoMensha tonen"
          : "Show the export for the Nationaal Rapporteur / CoMensha";
      const button = page.getByRole("button", { name: show });
      await button.focus();
      await page.keyboard.press("Enter");
      // The same button now hides the export again.
      const hide = page.getByRole("button", {
        name: lang === "nl" ? "Export verbergen" : "Hide the export",
      });
      expect(await hide.getAttribute("aria-expanded")).toBe("true");
      await page
        .getByText(
          lang === "nl"
            ? "De leeftijdsgroepen en de indeling van landen in regio's hebben we zelf bedacht."
            : "The age bands and the grouping of countries into regions are our own design.",
          { exact: false },
        )
        .waitFor();
      // The demo has no sent CoMensha registration: the screen says so instead of a table.
      await page
        .getByText(
          lang === "nl"
            ? "Er zijn in dit gebied nog geen verstuurde CoMensha-meldingen"
            : "There are no sent CoMensha registrations",
          { exact: false },
        )
        .waitFor();
      const exportCsv = page.getByRole("link", {
        name: lang === "nl" ? "Download de export als CSV" : "Download the export as CSV",
        exact: false,
      });
      const exportRes = await page.request.get((await exportCsv.getAttribute("href")) ?? "");
      expect(exportRes.status()).toBe(200);
      expect(exportRes.headers()["content-type"]).toMatch(/^text\/csv/);
      const exportText = await exportRes.text();
      expect(exportText).toContain(lang === "nl" ? "# onderdrukking:" : "# suppression:");
      expect(exportText).toContain('"form","age_band","gender","origin_region"');

      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  it("a researcher gets 404 on a dossier", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "researcher");
    const list = await page.request.get("/api/youths");
    expect(list.status()).toBe(403);
    const res = await page.request.get("/api/youths/00000000-0000-4000-8000-000000000000");
    expect(res.status()).toBe(404);
    await context.close();
  });
});
