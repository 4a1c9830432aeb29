/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, launch, login, newPage } from "./browser.js";

describe("foundation journeys", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("the mentor logs in, sees who they are, and logs out", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "mentor");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("Sanne de Vries");
    expect(await page.getByText("COA Zutphen").first().isVisible()).toBe(true);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/login/);
    await page.goto("/");
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it("a wrong password shows a clear Dutch message", async () => {
    const { page, context } = await newPage(browser);
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("guardian@demo.inzicht.test");
    await page.getByLabel("Wachtwoord").fill("helemaal-fout");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("klopt niet");
    await context.close();
  });

  it("the language switch remembers English", async () => {
    const { page, context } = await newPage(browser, null);
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Log in");
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Log in");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on login, home and not-found (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await page.goto("/login");
      expect(await axe(page)).toEqual([]);
      await login(page, "mentor");
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.goto("/this/does/not/exist");
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});
