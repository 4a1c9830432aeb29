/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODULE_IDS } from "../src/domain/training/schema.js";
import { axe, launch, login, newPage } from "./browser.js";
import {
  completeModuleByApi,
  elearningCount,
  focusedLabel,
  moduleContent,
  tabTo,
} from "./training-e2e-helpers.js";

describe("training journeys", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("a mentor completes the case and its knowledge check; the team lead's dashboard counts them", async () => {
    const lead = await newPage(browser);
    await login(lead.page, "team_lead");
    const before = await elearningCount(lead.page, "COA Zutphen");

    const { page, context } = await newPage(browser);
    await login(page, "mentor");
    await page.goto("/training/m7-case");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const mod = moduleContent("m7-case");
    const ex = mod.exercises[0];
    if (ex?.kind !== "case") throw new Error("module 7 starts with the case");
    for (const step of ex.steps) {
      const advised = step.options.find((o) => o.correct);
      const option = page.locator(`[id="case-${ex.id}-${step.id}-${advised?.id ?? ""}"]`);
      await option.check();
      // A case can show more than one open step (the acute branch): choose in this step's form.
      await option
        .locator("xpath=ancestor::form[1]")
        .getByRole("button", { name: "Kies deze stap" })
        .click();
      await expect
        .poll(() => page.getByText(advised?.feedback.nl ?? "").count())
        .toBeGreaterThan(0);
    }
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Je koos" }).textContent())
      .toContain(`${ex.steps.length} van de ${ex.steps.length}`);

    for (const q of mod.quiz.questions) {
      const right = q.options.find((o) => o.correct);
      await page.locator(`[id="quiz-m7-case-${q.id}-${right?.id ?? ""}"]`).check();
    }
    await page.getByRole("button", { name: "Verstuur mijn antwoorden" }).click();
    await expect
      .poll(() => page.locator(".iz-training-quiz__summary").textContent())
      .toContain("Je bent geslaagd");

    await page.goto("/training");
    const card = page.locator("li", { has: page.getByRole("link", { name: mod.title.nl }) });
    await expect.poll(() => card.textContent()).toContain("Afgerond");
    const certificate = page.getByRole("link", { name: "Download je certificaat (pdf)" });
    if ((await certificate.count()) === 0) {
      expect(await page.getByText("Rond alle 7 modules af").count()).toBe(1);
      for (const id of MODULE_IDS.filter((m) => m !== "m7-case"))
        await completeModuleByApi(page, id);
      await page.reload();
    }
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download je certificaat (pdf)" }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await context.close();

    expect(await elearningCount(lead.page, "COA Zutphen")).toBe(before + 1);
    await lead.context.close();
  });

  it("an ordering exercise can be completed with the keyboard only", async () => {
    const { page, context } = await newPage(browser);
    await login(page, "school");
    await page.goto("/training/m6-chain");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const ex = moduleContent("m6-chain").exercises.find((e) => e.kind === "ordering");
    if (ex?.kind !== "ordering") throw new Error("module 6 has an ordering exercise");
    const target = [...ex.items].sort((a, b) => a.position - b.position).map((i) => i.text.nl);
    const list = page.locator(".iz-training-order__text");
    for (const [i, text] of target.entries()) {
      let current = (await list.allTextContents()).indexOf(text);
      if (current === i) continue;
      await tabTo(page, `Omhoog: ${text}`);
      while (current > i) {
        await page.keyboard.press("Enter");
        current -= 1;
        await expect.poll(async () => (await list.allTextContents()).indexOf(text)).toBe(current);
      }
      expect(await focusedLabel(page)).toMatch(new RegExp(`^(Omhoog|Omlaag): `));
    }
    expect(await list.allTextContents()).toEqual(target);
    await tabTo(page, "Controleer de volgorde");
    await page.keyboard.press("Enter");
    const live = page.locator("[aria-live=polite]", { hasText: "De volgorde klopt" });
    await expect.poll(() => live.count()).toBe(1);
    await context.close();
  });

  for (const lang of ["nl", "en"] as const) {
    describe(`axe finds no WCAG 2.2 A/AA violations on the training pages (${lang})`, () => {
      let session: Awaited<ReturnType<typeof newPage>>;
      beforeAll(async () => {
        session = await newPage(browser, lang);
        await login(session.page, "trainer");
      });
      afterAll(() => session.context.close());

      it("the module list", async () => {
        const { page } = session;
        await page.goto("/training");
        await page.locator(".iz-training-module").first().waitFor();
        expect(await axe(page)).toEqual([]);
      });

      for (const id of MODULE_IDS) {
        it(`module ${id}`, async () => {
          const { page } = session;
          await page.goto(`/training/${id}`);
          await page.getByRole("heading", { level: 1 }).waitFor();
          await page.waitForLoadState("networkidle");
          expect(await axe(page)).toEqual([]);
        });
      }

      it("a module with feedback on an exercise and on the knowledge check", async () => {
        const { page } = session;
        await page.goto("/training/m1-exploitation");
        await page.locator(".iz-training-exercise input[type=radio]").first().check();
        await page.locator(".iz-training-exercise button[type=submit]").first().click();
        await page.locator(".iz-training-feedback").first().waitFor();
        await page.locator(".iz-training-quiz button[type=submit]").click();
        await page.locator(".iz-training-quiz__summary .utrecht-alert").waitFor();
        expect(await axe(page)).toEqual([]);
      });

      it("the dashboard with its chart and forms (trainer)", async () => {
        const { page } = session;
        await page.goto("/training/dashboard");
        await page.locator(".iz-training-chart svg[role=img]").waitFor();
        expect(await axe(page)).toEqual([]);
      });

      it("the dashboard with suppressed small numbers (researcher)", async () => {
        const researcher = await newPage(browser, lang);
        await login(researcher.page, "researcher");
        await researcher.page.goto("/training/dashboard");
        await researcher.page.locator(".iz-training-chart svg[role=img]").waitFor();
        expect(await axe(researcher.page)).toEqual([]);
        await researcher.context.close();
      });
    });
  }
});
