/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, login, launch, newPage } from "./browser.js";

/**
 * Issue 21: the system admin's background-jobs screen (dead letters), and live notices — a
 * judgement recorded by the guardian raises the mentor's notification count on screen without
 * a reload (Server-Sent Events).
 */
describe("background jobs and live notices", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("the system admin opens Achtergrondtaken from the menu; a mentor is told it is for administrators", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "system_admin");
    await page.getByRole("link", { name: "Achtergrondtaken" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Achtergrondtaken" }).waitFor();
    await page.getByText("Er zijn geen mislukte taken.").waitFor();
    await page.getByText(/De taken lopen in het programma zelf/).waitFor();
    await context.close();

    const mentor = await newPage(browser);
    await login(mentor.page, "mentor");
    await mentor.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await mentor.page.getByRole("link", { name: "Achtergrondtaken" }).count()).toBe(0);
    await mentor.page.goto("/admin/jobs");
    await expect
      .poll(() => mentor.page.getByRole("alert").textContent())
      .toContain("alleen voor beheerders");
    await mentor.context.close();
  });

  it("the mentor's notification count goes up without a reload when the guardian records a judgement", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "mentor.terapel");
    const badge = page.getByRole("link", { name: /^Meldingen: \d+ ongelezen$/ });
    await badge.waitFor();
    const count = async () =>
      Number((await badge.getAttribute("aria-label"))?.match(/\d+/)?.[0] ?? "NaN");
    const before = await count();

    const guardian = await newPage(browser);
    const login2 = await guardian.page.request.post("/api/auth/login", {
      data: { email: "guardian@demo.inzicht.test", password: "demo-inzicht-2026" },
    });
    const { csrfToken } = (await login2.json()) as { csrfToken: string };
    const found = (await (await guardian.page.request.get("/api/youths?q=Hamid")).json()) as {
      items: { id: string; displayName: string }[];
    };
    const hamid = found.items.find((y) => y.displayName === "Hamid N.");
    if (!hamid) throw new Error("Hamid N. not found");
    const judged = await guardian.page.request.post(`/api/youths/${hamid.id}/judgements`, {
      headers: { "x-csrf-token": csrfToken },
      data: { kind: "suspicion", reason: "Na een gesprek heb ik een sterk vermoeden." },
    });
    expect(judged.status()).toBe(201);

    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(before);
    await guardian.context.close();
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`axe finds no WCAG 2.2 A/AA violations on the background-jobs screen (${lang})`, async () => {
      const { page, context } = await newPage(browser, lang);
      await login(page, "system_admin");
      await page.goto("/admin/jobs");
      await page
        .getByRole("heading", {
          level: 1,
          name: lang === "nl" ? "Achtergrondtaken" : "Background jobs",
        })
        .waitFor();
      await page.getByText(lang === "nl" ? "Er zijn geen" : "There are no").waitFor();
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});
