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
  await context.addInitScript(countFetches);
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  return { context, page };
}

/** In the page: counts the fetches in flight, for `quiet` below. */
function countFetches(): void {
  const state = { inFlight: 0, lastChange: performance.now() };
  (window as unknown as { __izFetch: typeof state }).__izFetch = state;
  const original = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    state.inFlight++;
    state.lastChange = performance.now();
    try {
      return await original(...args);
    } finally {
      state.inFlight--;
      state.lastChange = performance.now();
    }
  };
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

/**
 * Waits until the page has had no fetch in flight for `quietMs`. Playwright's "networkidle" is
 * never reached while logged in: the live-notice stream (EventSource) stays open.
 */
export async function quiet(page: Page, quietMs = 300, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (ms) => {
      const w = window as unknown as { __izFetch?: { inFlight: number; lastChange: number } };
      const f = w.__izFetch;
      return !f || (f.inFlight === 0 && performance.now() - f.lastChange >= ms);
    },
    quietMs,
    { timeout, polling: 100 },
  );
}

/** The token of the newest link of this kind mailed to `to`, from the demo's outbox. */
export async function mailedToken(
  to: string,
  kind: "invitation" | "password-reset" = "invitation",
): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/dev/outbox`);
  const body = (await res.json()) as { items: { to: string; text: string | null }[] };
  const mail = body.items.find((m) => m.to === to);
  const token = new RegExp(`/${kind}/([A-Za-z0-9_-]{43})`).exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no ${kind} link mailed to ${to}`);
  return token;
}
