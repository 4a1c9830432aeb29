/// <reference lib="dom" />
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, DEMO_PASSWORD, launch, login, newPage } from "./browser.js";

/**
 * Issue 22: the deletion log (Verwijderlog). The privacy officer erases a youth registered for
 * this test (an erasure decision over the API); the removal shows on the screen with its reason
 * and no name; a mentor has no menu item; axe finds nothing in Dutch or English.
 */
async function apiSession(page: Page, email: string): Promise<string> {
  const res = await page.request.post("/api/auth/login", {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

describe("the deletion log", () => {
  let browser: Browser;
  const name = `Retentie Testjongere ${Date.now() % 100000}`;
  beforeAll(async () => {
    browser = await launch();
    const mentor = await newPage(browser);
    const csrf = await apiSession(mentor.page, "mentor@demo.inzicht.test");
    const orgs = (await (await mentor.page.request.get("/api/organisations")).json()) as {
      items: { id: string; name: string }[];
    };
    const location = orgs.items.find((o) => o.name === "COA Ter Apel");
    if (!location) throw new Error("COA Ter Apel not found");
    const registered = await mentor.page.request.post("/api/youths", {
      headers: { "x-csrf-token": csrf },
      data: {
        displayName: name,
        dateOfBirth: "2010-05-01",
        dateOfBirthEstimated: true,
        languages: ["ar"],
        locationId: location.id,
        arrivedAt: "2026-01-10",
      },
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    await mentor.context.close();

    const po = await newPage(browser);
    const poCsrf = await apiSession(po.page, "privacy_officer@demo.inzicht.test");
    const erased = await po.page.request.post(`/api/youths/${id}/erasure`, {
      headers: { "x-csrf-token": poCsrf },
      data: { reason: "data_subject_request", decidedOn: new Date().toISOString().slice(0, 10) },
    });
    expect(erased.status(), await erased.text()).toBe(200);
    await po.context.close();
  });
  afterAll(() => browser.close());

  it("the privacy officer opens Verwijderlog from the menu and sees the erasure without a name; a mentor has no such item", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "privacy_officer");
    await page.getByRole("link", { name: "Verwijderlog" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Verwijderlog" }).waitFor();
    await page
      .getByRole("cell", { name: "Verwijderd op verzoek van de betrokkene" })
      .first()
      .waitFor();
    expect(await page.getByText(name).count()).toBe(0);
    await page.getByRole("heading", { level: 2, name: "Bewaartermijnen" }).waitFor();
    await context.close();

    const mentor = await newPage(browser);
    await login(mentor.page, "mentor");
    await mentor.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await mentor.page.getByRole("link", { name: "Verwijderlog" }).count()).toBe(0);
    await mentor.context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on the deletion log (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await login(page, "system_admin");
      await page.goto("/retention");
      await page
        .getByRole("heading", { level: 1, name: lang === "nl" ? "Verwijderlog" : "Deletion log" })
        .waitFor();
      await page.getByRole("table").first().waitFor();
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});
