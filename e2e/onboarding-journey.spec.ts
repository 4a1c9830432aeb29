/// <reference lib="dom" />
import { Secret, TOTP } from "otpauth";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, BASE_URL, login, launch, mailedToken, newPage } from "./browser.js";

const ADMIN_PASSWORD = "Rode boot vaart 9 sluizen door";
const MENTOR_PASSWORD = "Gele vlieger hangt 3 dagen vast";
const ORG = "COA Emmen";
const ORG_ADMIN = { name: "Ruud Beheer", email: "ruud.journey@coa.test" };
const MENTOR = { name: "Mees Mentor", email: "mees.journey@coa.test" };
const COLLEAGUE = { name: "Cor Collega", email: "cor.journey@coa.test" };
const YOUTH = "Selam J.";

/** Fills and sends the invite form (the system admin also chooses the organisation). */
async function invite(
  page: Page,
  who: { name: string; email: string },
  role: string,
  organisation?: string,
) {
  await page.getByRole("textbox", { name: /^Naam/ }).fill(who.name);
  await page.getByRole("textbox", { name: /^E-mailadres/ }).fill(who.email);
  await page.getByLabel(/^Rol/).selectOption(role);
  if (organisation) await page.getByLabel(/^Organisatie/).selectOption({ label: organisation });
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await page.getByText(`De uitnodiging voor ${who.email} staat klaar`).waitFor();
}

/** Turns on two-step login on the security page and confirms the recovery codes are kept. */
async function enrolTotp(page: Page, password: string) {
  await page.goto("/settings/security");
  await page.getByRole("heading", { level: 1, name: "Beveiliging" }).waitFor();
  await page.getByLabel("Je wachtwoord").first().fill(password);
  await page.getByRole("button", { name: "Beginnen" }).click();
  const secret = (await page.locator(".iz-secret").textContent())?.replace(/\s/g, "") ?? "";
  const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
  await page.getByLabel(/^Code uit de app/).fill(code);
  await page.getByRole("button", { name: "Aanzetten" }).click();
  await page.getByRole("heading", { name: "Je herstelcodes" }).waitFor();
  await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
}

/** Opens the mailed link, chooses the password and logs in (with a TOTP code if asked). */
async function acceptAndLogIn(page: Page, email: string, password: string) {
  await page.goto(`/invitation/${await mailedToken(email)}`);
  await page.getByRole("heading", { level: 1, name: "Welkom bij InZicht" }).waitFor();
  await page.getByLabel(/^Nieuw wachtwoord/).fill(password);
  await page.getByRole("button", { name: "Account maken" }).click();
  await page.getByText("Je account is klaar.").waitFor();
  await page.getByRole("link", { name: "Naar inloggen" }).click();
  await page.getByLabel(/E-mailadres/).fill(email);
  await page.getByLabel(/^Wachtwoord/).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * Issue 19, the whole onboarding of a new organisation in the browser: the system admin creates
 * it and invites its org admin (and withdraws a mistaken invitation, whose link then fails like
 * an expired one); the org admin reads the mail from the demo outbox (/api/dev/outbox), sets a
 * password and two-step login, and invites two mentors; the first accepts, sets a password and
 * two-step login, registers a youth and records a signal in the form; the org admin deactivates
 * that mentor with the colleague as the youth's successor, and the mentor's open session stops.
 */
describe("onboarding an organisation", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("system admin creates an organisation → invites its org admin → org admin sets a password and 2FA → invites a mentor → the mentor sets 2FA and records a signal → the admin deactivates the mentor, whose session stops", async () => {
    const sys = await newPage(browser);
    await login(sys.page, "system_admin");
    await sys.page.getByRole("link", { name: "Organisaties" }).first().click();
    await sys.page.getByRole("textbox", { name: /^Naam/ }).fill(ORG);
    await sys.page.getByLabel(/^Soort organisatie/).selectOption("coa_location");
    await sys.page.getByRole("textbox", { name: /^Regio/ }).fill("Noord");
    await sys.page.getByRole("button", { name: "Organisatie toevoegen" }).click();
    await sys.page.getByText(`${ORG} is toegevoegd.`).waitFor();

    await sys.page.getByRole("link", { name: "Uitnodigen" }).first().click();
    await sys.page.getByRole("heading", { level: 1, name: "Collega uitnodigen" }).waitFor();
    // A typo first: invited, seen in the open invitations, withdrawn.
    await invite(
      sys.page,
      { name: ORG_ADMIN.name, email: "ruud.jouney@coa.test" },
      "org_admin",
      ORG,
    );
    const wrongToken = await mailedToken("ruud.jouney@coa.test");
    const open = sys.page.getByRole("table");
    await open.getByRole("cell", { name: "ruud.jouney@coa.test" }).waitFor();
    await open
      .getByRole("row", { name: /ruud\.jouney@coa\.test/ })
      .getByRole("button", { name: /^Intrekken/ })
      .click();
    await sys.page
      .getByText(
        "De uitnodiging voor ruud.jouney@coa.test is ingetrokken. De link werkt niet meer.",
      )
      .waitFor();
    expect(await axe(sys.page)).toEqual([]);
    await invite(sys.page, ORG_ADMIN, "org_admin", ORG);
    await open.getByRole("cell", { name: ORG_ADMIN.email }).waitFor();
    expect(await open.getByRole("cell", { name: "ruud.jouney@coa.test" }).count()).toBe(0);
    await sys.context.close();

    const withdrawn = await newPage(browser);
    await withdrawn.page.goto(`/invitation/${wrongToken}`);
    await expect
      .poll(() => withdrawn.page.getByRole("alert").textContent())
      .toContain("Deze link werkt niet meer");
    await withdrawn.context.close();

    // The org admin: password, then two-step login on the security page.
    const admin = await newPage(browser);
    await acceptAndLogIn(admin.page, ORG_ADMIN.email, ADMIN_PASSWORD);
    await enrolTotp(admin.page, ADMIN_PASSWORD);

    // … and invites a mentor into their own organisation.
    await admin.page.getByRole("link", { name: "Uitnodigen" }).first().click();
    await admin.page.getByRole("heading", { level: 1, name: "Collega uitnodigen" }).waitFor();
    expect(await admin.page.getByLabel(/^Organisatie/).count()).toBe(0);
    await invite(admin.page, MENTOR, "mentor");
    await invite(admin.page, COLLEAGUE, "mentor");
    await admin.page.getByRole("link", { name: "Gebruikers" }).first().click();
    await admin.page.getByRole("table").getByRole("link", { name: ORG_ADMIN.name }).waitFor();

    // The mentor accepts, sets a password and 2FA, registers a youth and records a signal.
    const mentor = await newPage(browser);
    await acceptAndLogIn(mentor.page, MENTOR.email, MENTOR_PASSWORD);
    await mentor.page.getByRole("link", { name: "Mijn jongeren" }).first().waitFor();
    await enrolTotp(mentor.page, MENTOR_PASSWORD);
    const me = (await (await mentor.page.request.get("/api/auth/me")).json()) as {
      csrfToken: string;
      user: { roles: string[]; organisation: { id: string; name: string } };
    };
    expect(me.user).toMatchObject({ roles: ["mentor"], organisation: { name: ORG } });
    const registered = await mentor.page.request.post("/api/youths", {
      headers: { "x-csrf-token": me.csrfToken },
      data: {
        displayName: YOUTH,
        dateOfBirth: "2010-04-12",
        dateOfBirthEstimated: true,
        nationality: "ER",
        languages: ["ti"],
        gender: "female",
        locationId: me.user.organisation.id,
        arrivedAt: "2026-11-02",
      },
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const youthId = ((await registered.json()) as { id: string }).id;
    await mentor.page.goto(`/youths/${youthId}/signals/new`);
    await mentor.page.getByLabel("Zoek een signaal").fill("moe");
    await mentor.page
      .getByRole("checkbox", { name: /^Is vaak erg moe/ })
      .first()
      .check();
    await mentor.page
      .getByLabel(/^Wat zag of hoorde je\?/)
      .fill("Sliep vandaag tijdens het mentorgesprek twee keer in.");
    await mentor.page.getByRole("radio", { name: /^Eigen waarneming/ }).check();
    await mentor.page.getByRole("button", { name: "Signaal opslaan" }).click();
    await mentor.page.waitForURL(new RegExp(`/youths/${youthId}$`));
    await expect
      .poll(() => mentor.page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Signaal opgeslagen"));

    // The colleague takes the invitation too, so there is a successor for the youth.
    const accepted = await fetch(
      `${BASE_URL}/api/invitations/${await mailedToken(COLLEAGUE.email)}/acceptance`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ password: MENTOR_PASSWORD }),
      },
    );
    expect(accepted.status).toBe(201);

    // The org admin deactivates the mentor, choosing the colleague as the youth's mentor.
    await admin.page.goto("/admin/users");
    await admin.page.getByRole("table").getByRole("link", { name: MENTOR.name }).click();
    await admin.page.getByRole("heading", { level: 1, name: MENTOR.name }).waitFor();
    await admin.page.getByRole("button", { name: "Deactiveren", exact: true }).click();
    await admin.page.getByRole("link", { name: /Kies een opvolger voor jongere/ }).waitFor();
    expect(await axe(admin.page)).toEqual([]);
    await admin.page
      .getByLabel(/^Opvolger als Mentor voor jongere/)
      .selectOption({ label: COLLEAGUE.name });
    await admin.page.getByRole("button", { name: "Deactiveren", exact: true }).click();
    await admin.page
      .getByText(`${MENTOR.name} is gedeactiveerd. Open sessies zijn gestopt.`)
      .waitFor();
    expect(await axe(admin.page)).toEqual([]);
    await admin.context.close();

    // The mentor's open session stopped at once.
    expect((await mentor.page.request.get("/api/auth/me")).status()).toBe(401);
    await mentor.page.goto(`/youths/${youthId}`);
    await mentor.page.waitForURL((url) => url.pathname.startsWith("/login"));
    await mentor.context.close();
  }, 180_000);
});
