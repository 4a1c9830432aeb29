/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, login, launch, mailedToken, newPage } from "./browser.js";

const PASSWORD = "Blauwe tram rijdt 12 rondjes";

/**
 * Issue 19: an org admin invites a mentor in the UI; the mentor opens the link from the demo's
 * outbox (/api/dev/outbox, no SMTP server in demo mode), chooses a password and logs in. The
 * screens pass axe in Dutch and English.
 */
describe("invitations and passwords", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("an org admin invites a mentor; the mentor opens the mailed link, sets a password and logs in", async () => {
    const admin = await newPage(browser);
    await login(admin.page, "org_admin");
    await admin.page.getByRole("link", { name: "Uitnodigen" }).first().click();
    await admin.page.getByRole("heading", { level: 1, name: "Collega uitnodigen" }).waitFor();
    expect(await axe(admin.page)).toEqual([]);
    await admin.page.getByRole("textbox", { name: /^Naam/ }).fill("Sara de Wit");
    await admin.page.getByRole("textbox", { name: /^E-mailadres/ }).fill("sara.e2e@coa.test");
    await admin.page.getByLabel(/^Rol/).selectOption("mentor");
    await admin.page.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await admin.page.getByText("De uitnodiging voor sara.e2e@coa.test staat klaar").waitFor();
    expect(await axe(admin.page)).toEqual([]);
    await admin.context.close();

    const token = await mailedToken("sara.e2e@coa.test", "invitation");
    const { page, context } = await newPage(browser);
    await page.goto(`/invitation/${token}`);
    await page.getByRole("heading", { level: 1, name: "Welkom bij InZicht" }).waitFor();
    await page.getByText("Sara de Wit, je bent uitgenodigd voor COA Zutphen").waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(/^Nieuw wachtwoord/).fill("password2026!");
    await page.getByRole("button", { name: "Account maken" }).click();
    await page.getByText("Dit wachtwoord wordt veel gebruikt").first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(/^Nieuw wachtwoord/).fill(PASSWORD);
    await page.getByRole("button", { name: "Account maken" }).click();
    await page.getByText("Je account is klaar.").waitFor();
    await page.getByRole("link", { name: "Naar inloggen" }).click();
    await page.getByLabel(/E-mailadres/).fill("sara.e2e@coa.test");
    await page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("link", { name: "Mijn jongeren" }).first().waitFor();
    // The link works once.
    await page.goto(`/invitation/${token}`);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Deze link werkt niet meer");
    await context.close();
  });

  it("an org admin checks a CSV of colleagues, sees the problem per line, and sends a corrected one", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "org_admin");
    await page.goto("/admin/invitations");
    const file = (text: string) => ({
      name: "collegas.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    });
    await page
      .getByLabel("CSV-bestand")
      .setInputFiles(
        file("naam;e-mail;rol\nJan Smit;jan.csv@coa.test;mentor\nPiet;geen-adres;mentor\n"),
      );
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await page.getByRole("cell", { name: "E-mailadres klopt niet" }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page
      .getByLabel("CSV-bestand")
      .setInputFiles(file("naam;e-mail;rol\nJan Smit;jan.csv@coa.test;mentor\n"));
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await page.getByRole("button", { name: "Alle uitnodigingen versturen" }).click();
    await page.getByText("1 uitnodiging staat klaar om te versturen.").waitFor();
    await mailedToken("jan.csv@coa.test", "invitation");
    await context.close();
  });

  it("the system admin sees the mails waiting in the outbox, without their content", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "system_admin");
    await page.getByRole("link", { name: "Mail" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Mail die niet verstuurd is" }).waitFor();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("table").textContent()).not.toContain("/invitation/");
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it("a mentor chooses a daily mail for level rises on the notice settings page", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "mentor");
    await page.getByRole("link", { name: "E-mailmeldingen" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Meldingen per e-mail" }).waitFor();
    await page
      .getByRole("group", { name: "Het niveau van een jongere gaat omhoog" })
      .getByLabel("Eén e-mail per dag")
      .check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Je keuzes zijn opgeslagen.").waitFor();
    await page.reload();
    await expect
      .poll(() =>
        page
          .getByRole("group", { name: "Het niveau van een jongere gaat omhoog" })
          .getByLabel("Eén e-mail per dag")
          .isChecked(),
      )
      .toBe(true);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on the invitation and password screens (${lang})`, async () => {
      const admin = await newPage(browser, lang);
      await login(admin.page, "system_admin");
      await admin.page.goto("/admin/invitations");
      await admin.page.getByRole("heading", { level: 1 }).waitFor();
      // An empty submit shows every problem in the summary.
      await admin.page
        .getByRole("button", { name: /Uitnodiging versturen|Send invitation/ })
        .click();
      await admin.page
        .getByRole("link", { name: /Kies een organisatie|Choose an organisation/ })
        .waitFor();
      expect(await axe(admin.page)).toEqual([]);
      await admin.page.getByRole("textbox", { name: /^(Naam|Name)/ }).fill(`Collega ${lang}`);
      await admin.page
        .getByRole("textbox", { name: /^(E-mailadres|E-mail address)/ })
        .fill(`collega.${lang}@coa.test`);
      await admin.page.getByLabel(/^(Rol|Role)/).selectOption("team_lead");
      await admin.page
        .getByLabel(/^(Organisatie|Organisation)/)
        .selectOption({ label: "COA Ter Apel" });
      await admin.page
        .getByRole("button", { name: /Uitnodiging versturen|Send invitation/ })
        .click();
      // The confirmation, not the row of the open-invitations list that names the address too.
      await admin.page
        .getByText(
          lang === "nl"
            ? `De uitnodiging voor collega.${lang}@coa.test staat klaar`
            : `The invitation for collega.${lang}@coa.test is ready`,
        )
        .waitFor();
      await admin.context.close();

      const token = await mailedToken(`collega.${lang}@coa.test`, "invitation");
      const { page, context } = await newPage(browser, lang);
      await page.goto(`/invitation/${token}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.getByRole("button", { name: /Account maken|Create account/ }).click();
      await page.getByRole("link", { name: /Vul een wachtwoord in|Enter a password/ }).waitFor();
      expect(await axe(page)).toEqual([]);

      await page.goto("/login");
      await page.getByRole("link", { name: /Wachtwoord vergeten|Forgot your password/ }).click();
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.getByLabel(/E-mailadres|E-mail address/).fill(`mentor@demo.inzicht.test`);
      await page.getByRole("button", { name: /Link aanvragen|Ask for a link/ }).click();
      await page.getByText(/Als er een account is|If there is an account/).waitFor();
      expect(await axe(page)).toEqual([]);
      const reset = await mailedToken("mentor@demo.inzicht.test", "password-reset");
      await page.goto(`/password-reset/${reset}`);
      await page
        .getByRole("heading", { level: 1, name: /Nieuw wachtwoord kiezen|Choose a new password/ })
        .waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();

      const mentor = await newPage(browser, lang);
      await login(mentor.page, "guardian");
      await mentor.page.goto("/settings/notices");
      await mentor.page.getByRole("button", { name: /^(Opslaan|Save)$/ }).waitFor();
      expect(await axe(mentor.page)).toEqual([]);
      await mentor.context.close();
    });
  }
});
