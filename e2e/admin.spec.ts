/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, login, launch, newPage } from "./browser.js";

/** Issue 19: the administrators' screens. They never show dossier content. */
describe("administration journeys", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("the system admin creates an organisation, renames it, is told why COA Zutphen cannot go, and deactivates the new one", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "system_admin");
    await page.getByRole("link", { name: "Organisaties" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Organisaties" }).waitFor();
    await page.getByRole("textbox", { name: /^Naam/ }).fill("COA Budel");
    await page.getByLabel(/^Soort organisatie/).selectOption("coa_location");
    await page.getByRole("textbox", { name: /^Regio/ }).fill("Zuid");
    await page.getByRole("button", { name: "Organisatie toevoegen" }).click();
    await page.getByText("COA Budel is toegevoegd.").waitFor();
    await page.getByRole("link", { name: "COA Budel" }).click();
    await page.getByRole("heading", { level: 1, name: "COA Budel" }).waitFor();
    await page.getByRole("textbox", { name: /^Naam/ }).fill("COA Budel-Dorplein");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("heading", { level: 1, name: "COA Budel-Dorplein" }).waitFor();

    await page.getByRole("link", { name: "Terug naar alle organisaties" }).click();
    await page.getByRole("link", { name: "COA Zutphen" }).click();
    await page.getByRole("heading", { level: 1, name: "COA Zutphen" }).waitFor();
    await page.getByRole("button", { name: "Deactiveren" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/Deactiveren kan nu niet.*jongeren op deze locatie.*actieve gebruikers/s);

    await page.goto("/admin/organisations");
    await page.getByRole("link", { name: "COA Budel-Dorplein" }).click();
    await page.getByRole("button", { name: "Deactiveren" }).click();
    await expect
      .poll(() => page.getByText("Deze organisatie is gedeactiveerd.").isVisible())
      .toBe(true);
    await context.close();
  });

  it("a mentor has no Organisaties item and the screen tells them it is for administrators", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "mentor");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Organisaties" }).count()).toBe(0);
    await page.goto("/admin/organisations");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("alleen voor beheerders");
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on the organisation screens (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await login(page, "system_admin");
      await page.goto("/admin/organisations");
      await page.getByRole("table").waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByRole("link", { name: "COA Zutphen" }).click();
      await page.getByRole("heading", { level: 1, name: "COA Zutphen" }).waitFor();
      await page.getByRole("button", { name: /^(Deactiveren|Deactivate)$/ }).click();
      await page.getByRole("alert").waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});
