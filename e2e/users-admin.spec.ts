/// <reference lib="dom" />
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, BASE_URL, login, launch, mailedToken, newPage } from "./browser.js";

const PASSWORD = "Groene fiets wacht 7 minuten";
const LEAVER = { name: "Lotte Vertrek", email: "lotte.users-e2e@coa.test" };

/** Invites a colleague as the admin in `page` and accepts the invitation with PASSWORD. */
async function invitedColleague(page: Page, displayName: string, email: string): Promise<void> {
  await api(page, "POST", "/api/admin/invitations", { displayName, email, role: "mentor" });
  const token = await mailedToken(email);
  const accepted = await fetch(`${BASE_URL}/api/invitations/${token}/acceptance`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(accepted.status).toBe(201);
}

/** Calls the API in the page's session (with its CSRF token); fails on an unexpected answer. */
async function api<T>(page: Page, method: "POST", url: string, data: unknown): Promise<T> {
  const me = (await (await page.request.get("/api/auth/me")).json()) as { csrfToken: string };
  const res = await page.request.fetch(url, {
    method,
    headers: { "x-csrf-token": me.csrfToken },
    data,
  });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Issue 19, the user administration screens: the org admin of COA Zutphen lists and searches
 * the accounts of their organisation, changes a role, deactivates a mentor who is the only
 * mentor of a youth (choosing a successor; the mentor's open session stops at once) and makes
 * the account active again. axe finds nothing in Dutch or English.
 */
describe("user administration", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("an org admin lists, searches, changes roles, deactivates with a successor and reactivates", async () => {
    // A new mentor, invited and accepted, who registers a youth: she is its only mentor.
    const admin = await newPage(browser);
    await login(admin.page, "org_admin");
    await invitedColleague(admin.page, LEAVER.name, LEAVER.email);
    const leaver = await newPage(browser);
    const loggedIn = await leaver.page.request.post("/api/auth/login", {
      data: { email: LEAVER.email, password: PASSWORD },
    });
    expect(loggedIn.status()).toBe(200);
    const me = (await (await leaver.page.request.get("/api/auth/me")).json()) as {
      user: { organisation: { id: string } };
    };
    const youth = await api<{ id: string }>(leaver.page, "POST", "/api/youths", {
      displayName: "Eyerusalem T.",
      vNumber: "V-7781-2290",
      dateOfBirth: "2010-05-02",
      dateOfBirthEstimated: true,
      nationality: "ER",
      languages: ["ti"],
      gender: "female",
      locationId: me.user.organisation.id,
      arrivedAt: "2026-09-01",
    });
    expect(youth.id).toBeTruthy();

    const { page } = admin;
    await page.getByRole("link", { name: "Gebruikers" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    const table = page.getByRole("table");
    await table.getByRole("link", { name: "Sanne de Vries" }).waitFor();
    expect(await table.getByRole("link", { name: "Kees Mulder" }).count()).toBe(1);
    // Never another organisation's people.
    expect(await table.getByRole("link", { name: "Tom Wouters" }).count()).toBe(0);

    await page.getByRole("searchbox", { name: /^Zoeken/ }).fill("lotte");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("1 gebruiker gevonden. Pagina 1.").waitFor();
    expect(await table.getByRole("row").count()).toBe(2);
    await table.getByRole("link", { name: LEAVER.name }).click();
    await page.getByRole("heading", { level: 1, name: LEAVER.name }).waitFor();

    // Roles: give Trainer, then save.
    await page.getByRole("checkbox", { name: "Trainer" }).check();
    await page.getByRole("button", { name: "Rollen opslaan" }).click();
    await page.getByText("De rollen zijn opgeslagen.").waitFor();
    await expect
      .poll(() => page.locator("dl").textContent())
      .toMatch(/COA-mentor, Trainer|Trainer/);

    // Deactivate: without a successor the form says which youth needs one.
    await page.getByRole("table").getByText("Nodig: deze persoon is de enige").waitFor();
    await page.getByRole("button", { name: "Deactiveren", exact: true }).click();
    await page.getByRole("link", { name: /Kies een opvolger voor jongere/ }).waitFor();
    await page
      .getByLabel(/^Opvolger als Mentor voor jongere/)
      .selectOption({ label: "Sanne de Vries" });
    await page.getByRole("button", { name: "Deactiveren", exact: true }).click();
    await page.getByText(`${LEAVER.name} is gedeactiveerd. Open sessies zijn gestopt.`).waitFor();
    await page.getByText("Gedeactiveerd", { exact: true }).first().waitFor();
    // Her open session stopped at once.
    expect((await leaver.page.request.get("/api/auth/me")).status()).toBe(401);

    await page.getByRole("button", { name: "Weer actief maken" }).click();
    await page.getByText(`${LEAVER.name} is weer actief en kan inloggen.`).waitFor();
    await leaver.context.close();
    await admin.context.close();
  });

  it("a version conflict is said plainly and the page shows the latest details", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "org_admin");
    await invitedColleague(page, "Joris Gelijktijdig", "joris.users-e2e@coa.test");
    await page.goto("/admin/users");
    await page.getByRole("table").getByRole("link", { name: "Joris Gelijktijdig" }).click();
    await page.getByRole("heading", { level: 1, name: "Joris Gelijktijdig" }).waitFor();
    // Someone else changes the account meanwhile (another tab of an admin).
    const other = await newPage(browser);
    await login(other.page, "org_admin");
    await other.page.goto("/admin/users");
    await other.page.getByRole("table").getByRole("link", { name: "Joris Gelijktijdig" }).click();
    await other.page.getByRole("checkbox", { name: "Trainer" }).check();
    await other.page.getByRole("button", { name: "Rollen opslaan" }).click();
    await other.page.getByText("De rollen zijn opgeslagen.").waitFor();
    await other.context.close();

    await page.getByRole("checkbox", { name: "Teamleider" }).check();
    await page.getByRole("button", { name: "Rollen opslaan" }).click();
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "iemand anders" }).textContent())
      .toContain("iemand anders heeft dit account net gewijzigd");
    await expect.poll(() => page.locator("dl").textContent()).toContain("Trainer");
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on the user screens (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await login(page, "org_admin");
      await page.goto("/admin/users");
      await page.getByRole("table").waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByRole("table").getByRole("link", { name: "Sanne de Vries" }).click();
      await page.getByRole("heading", { level: 1, name: "Sanne de Vries" }).waitFor();
      await page.getByRole("table").waitFor();
      expect(await axe(page)).toEqual([]);
      await page
        .getByRole("button", { name: lang === "nl" ? "Deactiveren" : "Deactivate", exact: true })
        .click();
      await page.locator(".iz-error-summary").waitFor();
      expect(await axe(page)).toEqual([]);
      // Everything by keyboard: the search is reachable and submits with Enter.
      await page.goto("/admin/users");
      await page.getByRole("table").waitFor();
      await page.getByRole("searchbox").focus();
      await page.keyboard.type("sanne");
      await page.keyboard.press("Enter");
      // Only matches remain (other journeys may add colleagues whose address holds "sanne").
      const table = page.getByRole("table");
      await expect.poll(() => table.getByRole("link", { name: "Kees Mulder" }).count()).toBe(0);
      await table.getByRole("link", { name: "Sanne de Vries" }).waitFor();
      for (const row of await table.getByRole("row").all())
        if ((await row.getByRole("cell").count()) > 0)
          expect((await row.textContent())?.toLowerCase()).toContain("sanne");
      await context.close();
    }, 120_000);
  }
});
