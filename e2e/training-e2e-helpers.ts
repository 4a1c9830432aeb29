/**
 * Helpers for the training journeys: the module content (to know the advised answers), API
 * calls with the page's session, keyboard-only focus search, and a team lead's dashboard figure.
 */
/// <reference lib="dom" />
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { TrainingModuleInput } from "../src/domain/training/schema.js";

/** Reads one module's content file. */
export function moduleContent(id: string): TrainingModuleInput {
  return JSON.parse(readFileSync(`content/training/${id}.json`, "utf8")) as TrainingModuleInput;
}

/** Posts to the API with the logged-in page's cookie and CSRF token. */
export async function apiPost(page: Page, url: string, data?: unknown): Promise<number> {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.post(url, {
    headers: { "x-csrf-token": csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  return res.status();
}

/** Completes a module through the API with the advised answers (setup for the certificate). */
export async function completeModuleByApi(page: Page, id: string): Promise<void> {
  const mod = moduleContent(id);
  const quiz: Record<string, string> = {};
  for (const q of mod.quiz.questions) {
    const right = q.options.find((o) => o.correct);
    if (right) quiz[q.id] = right.id;
  }
  const status = await apiPost(page, `/api/training/modules/${id}/quiz`, { answers: quiz });
  if (status !== 200) throw new Error(`quiz ${id}: ${status}`);
}

/** The accessible label (or text) of the focused element. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
  });
}

/** Moves focus with Tab (then Shift+Tab) until the focused element has this label. */
export async function tabTo(page: Page, label: string, limit = 150): Promise<void> {
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < limit; i++) {
      if ((await focusedLabel(page)) === label) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach "${label}" with the keyboard`);
}

/** A figure from the team lead's dashboard: the "first module completed" count of an organisation. */
export async function elearningCount(page: Page, organisation: string): Promise<number> {
  await page.goto("/training/dashboard");
  const row = page.locator("tr", { has: page.locator(`th[scope=row]`, { hasText: organisation }) });
  await row.first().waitFor();
  const cells = await row.first().locator("td").allTextContents();
  return Number.parseInt(cells[2] ?? "NaN", 10);
}
