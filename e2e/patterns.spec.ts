/// <reference lib="dom" />
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, login, launch, newPage } from "./browser.js";

/**
 * Issue 25: patterns across youths. The demo seed shares one phone number between Amir and
 * Mariam (Zutphen, Oost) and Tesfay (Ter Apel, Noord). The care coordinator of Oost sees the two
 * in reach and a content-free match in Noord, as a table and as a keyboard-usable network, and
 * the hint beside Amir's picture. Nobody else has the page.
 */
const NUMBER = "+31698765432";

async function openPatterns(page: Page) {
  await page
    .getByRole("link", { name: /^(Patronen|Patterns)$/ })
    .first()
    .click();
  await page
    .getByRole("heading", { level: 1, name: /^(Patronen tussen jongeren|Patterns across youths)$/ })
    .waitFor();
  await page.getByRole("table").waitFor();
}

describe("patterns across youths", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("the care coordinator sees the shared number with the two youths in reach and only a count in Noord", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "care_coordinator");
    await openPatterns(page);
    const row = page.getByRole("row").filter({ hasText: NUMBER });
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("3 jongeren");
    expect(text).toContain("Amir K.");
    expect(text).toContain("Mariam S.");
    expect(text).toContain("1 jongere in regio Noord");
    expect(text).not.toContain("Tesfay");
    expect(text).toMatch(/Signaal van .* door Sanne de Vries \(COA Zutphen\)/);

    // The network: reachable by keyboard, each node says in words what it shares.
    await page.getByRole("button", { name: "Netwerk" }).click();
    await page.getByRole("heading", { level: 2, name: "Netwerk" }).waitFor();
    await page.getByRole("button", { name: "Netwerk" }).focus();
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""))
      .toMatch(/^Jongere J1: deelt .*Telefoonnummer \+31698765432/);
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringMatching(/^Jongere J1/));
    expect(await page.getByText("Het netwerk in woorden").isVisible()).toBe(true);

    // Beside Amir's picture: the hint, which does not change the level.
    await page.getByRole("button", { name: "Tabel" }).click();
    await row.getByRole("link", { name: "Amir K." }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Dit telefoonnummer \(\+31698765432\) komt ook voor bij 2 andere jongeren/)
          .count(),
      )
      .toBe(1);
    expect(
      await page.getByText("Dit verandert het beeld niet.", { exact: false }).isVisible(),
    ).toBe(true);
    await context.close();
  });

  it("a mentor has no Patronen item, the page does not exist for them, and they can add a mention to a signal", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "mentor");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Patronen" }).count()).toBe(0);
    await page.goto("/patterns");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Deze pagina bestaat niet of is niet voor jou.");

    await page.goto("/youths");
    await page.getByRole("link", { name: "Yonas T." }).first().click();
    await page.getByRole("link", { name: "Signaal vastleggen" }).first().click();
    await page.getByLabel("Zoek een signaal").fill("telefoon");
    await page.getByRole("checkbox", { name: /^Wordt via telefoon of berichten bedreigd/ }).check();
    await page
      .getByLabel(/^Wat zag of hoorde je\?/)
      .fill("Wordt 's avonds gebeld door een onbekend nummer en gaat dan weg.");
    await page.getByRole("radio", { name: /^Eigen waarneming/ }).check();
    await page.getByText(/^Wie of wat wordt genoemd\?/).click();
    await page.getByRole("button", { name: "Vermelding toevoegen" }).click();
    await page.getByLabel("Soort").selectOption("phone");
    await page.getByLabel("Wat wordt genoemd").fill("bel me");
    const safety = page.getByRole("checkbox", { name: "Ik heb de veiligheid gecheckt" });
    if (await safety.count()) await safety.check();
    await page.getByRole("button", { name: "Signaal opslaan" }).click();
    await expect
      .poll(() => page.getByText(/telefoonnummer of andere vermelding klopt niet/).count())
      .toBeGreaterThan(0);
    await page.getByLabel("Wat wordt genoemd").fill("06-11112222");
    await page.getByRole("button", { name: "Signaal opslaan" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Signaal opgeslagen"));
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on the patterns screen, both views, and the hint (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await login(page, "care_coordinator");
      await openPatterns(page);
      expect(await axe(page)).toEqual([]);
      await page.getByRole("button", { name: lang === "nl" ? "Netwerk" : "Network" }).click();
      await page.locator("svg .iz-patterns-node").first().waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByRole("button", { name: lang === "nl" ? "Tabel" : "Table" }).click();
      await page.getByRole("link", { name: "Amir K." }).first().click();
      await page
        .getByText(lang === "nl" ? "Patroon met andere jongeren" : "Pattern with other youths")
        .waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});
