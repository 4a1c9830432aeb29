/**
 * Playwright (playwright-core) in Debian's Chromium, plus login and axe helpers for journeys.
 */
/// <reference lib="dom" />
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const DEMO_PASSWORD = "demo-inzicht-2026";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.INZICHT_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

/** A fresh context (own cookies and storage) with the language preset. */
export async function newPage(
  browser: Browser,
  lang: "nl" | "en" | null = "nl",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: lang === "en" ? "en-GB" : "nl-NL",
  });
  // Preset the language (null: leave the app's default and its memory alone).
  if (lang) await context.addInitScript((l) => localStorage.setItem("inzicht.lang", l), lang);
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  return { context, page };
}

export async function login(
  page: Page,
  role: string,
  email = `${role}@demo.inzicht.test`,
): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/E-mailadres|Email address/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^(Inloggen|Log in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Runs axe with the WCAG 2.2 A/AA rules and returns the violations (empty is good). */
export async function axe(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}
