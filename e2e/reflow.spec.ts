/// <reference lib="dom" />
/**
 * Reflow (WCAG 2.2 SC 1.4.10, issue 15, ADR 0011): every route of the SPA at 320 × 640 in Dutch
 * and English, and at 390 × 844 (a phone) in Dutch, as the role that uses it. On each: nothing
 * scrolls sideways (the page's scrollWidth fits its clientWidth and the window's innerWidth);
 * at 320 px axe finds nothing with every rule it has (best practices included, any impact).
 *
 * The list of routes is checked against the route tables of the SPA, so a new screen fails here
 * until it is visited. Only the youth registered here is changed (a signal, a traject with a
 * safety check, an open missing episode), so journeys running at the same time are not touched.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, login, newPage, quiet } from "./browser.js";

const MARK = Math.random().toString(36).slice(2, 7);
const WEB = path.resolve(import.meta.dirname, "../web/src");

interface Ids {
  youth: string;
  demoYouth: string;
  indicator: string;
  knowledge: string;
  module: string;
  organisation: string;
  account: string;
}

type Role =
  | null
  | "mentor"
  | "guardian"
  | "care_coordinator"
  | "school"
  | "team_lead"
  | "privacy_officer"
  | "trainer"
  | "researcher"
  | "org_admin"
  | "system_admin";

interface Visit {
  /** The route pattern as the route tables write it (checked below). */
  pattern: string;
  role: Role;
  url: (ids: Ids) => string;
}

const y = (tab: string) => (ids: Ids) => `/youths/${ids.youth}${tab ? `/${tab}` : ""}`;

/** Every route, with who opens it. The home page is visited once per role (it differs). */
const VISITS: Visit[] = [
  { pattern: "/login", role: null, url: () => "/login" },
  { pattern: "/signals", role: null, url: () => "/signals" },
  { pattern: "/signals/print", role: null, url: () => "/signals/print" },
  { pattern: "/signals/:id", role: null, url: (i) => `/signals/${i.indicator}` },
  { pattern: "/knowledge", role: null, url: () => "/knowledge" },
  { pattern: "/knowledge/:id", role: null, url: (i) => `/knowledge/${i.knowledge}` },
  { pattern: "/contacts", role: null, url: () => "/contacts" },
  { pattern: "*", role: null, url: () => "/this/does/not/exist" },
  { pattern: "/", role: "mentor", url: () => "/" },
  { pattern: "/youths", role: "mentor", url: () => "/youths" },
  { pattern: "/youths/new", role: "mentor", url: () => "/youths/new" },
  { pattern: "/caseload", role: "mentor", url: () => "/caseload" },
  { pattern: "/notifications", role: "mentor", url: () => "/notifications" },
  { pattern: "/training", role: "mentor", url: () => "/training" },
  { pattern: "/training/:moduleId", role: "mentor", url: (i) => `/training/${i.module}` },
  { pattern: "/youths/:id", role: "mentor", url: y("") },
  { pattern: "/youths/:id", role: "mentor", url: (i) => `/youths/${i.demoYouth}` },
  { pattern: "/youths/:id/signals", role: "mentor", url: y("signals") },
  {
    pattern: "/youths/:id/timeline",
    role: "mentor",
    url: (i) => `/youths/${i.demoYouth}/timeline`,
  },
  { pattern: "/youths/:id/vulnerabilities", role: "mentor", url: y("vulnerabilities") },
  { pattern: "/youths/:id/steps", role: "mentor", url: y("steps") },
  { pattern: "/youths/:id/reports", role: "mentor", url: y("reports") },
  { pattern: "/youths/:id/missing", role: "mentor", url: y("missing") },
  { pattern: "/youths/:id/details", role: "mentor", url: y("details") },
  { pattern: "/youths/:id/circle", role: "mentor", url: y("circle") },
  { pattern: "/youths/:id/relocate", role: "mentor", url: y("relocate") },
  { pattern: "/youths/:id/signals/new", role: "mentor", url: y("signals/new") },
  { pattern: "/audit", role: "privacy_officer", url: () => "/audit" },
  { pattern: "/training/dashboard", role: "trainer", url: () => "/training/dashboard" },
  { pattern: "/admin/organisations", role: "system_admin", url: () => "/admin/organisations" },
  {
    pattern: "/admin/organisations/:organisationId",
    role: "system_admin",
    url: (i) => `/admin/organisations/${i.organisation}`,
  },
  { pattern: "/admin/users", role: "org_admin", url: () => "/admin/users" },
  {
    pattern: "/admin/users/:accountId",
    role: "org_admin",
    url: (i) => `/admin/users/${i.account}`,
  },
  { pattern: "/admin/jobs", role: "system_admin", url: () => "/admin/jobs" },
  { pattern: "/admin/mail", role: "system_admin", url: () => "/admin/mail" },
  { pattern: "/admin/invitations", role: "org_admin", url: () => "/admin/invitations" },
  { pattern: "/settings/notices", role: "mentor", url: () => "/settings/notices" },
  { pattern: "/settings/security", role: "mentor", url: () => "/settings/security" },
  { pattern: "/password-forgotten", role: null, url: () => "/password-forgotten" },
  // A link whose token is not valid: the page that says so, on a phone too.
  { pattern: "/invitation/:token", role: null, url: () => `/invitation/${"x".repeat(43)}` },
  { pattern: "/password-reset/:token", role: null, url: () => `/password-reset/${"x".repeat(43)}` },
  { pattern: "/patterns", role: "care_coordinator", url: () => "/patterns" },
  { pattern: "/statistics", role: "researcher", url: () => "/statistics" },
  { pattern: "/retention", role: "privacy_officer", url: () => "/retention" },
  ...(
    [
      "guardian",
      "care_coordinator",
      "school",
      "team_lead",
      "privacy_officer",
      "trainer",
      "researcher",
      "org_admin",
      "system_admin",
    ] as const
  ).map((role) => ({ pattern: "/", role, url: () => "/" })),
];

/** The route patterns the SPA declares: App.tsx, every feature's routes.tsx and dossier tabs. */
function declaredRoutes(): string[] {
  const out = new Set<string>();
  const paths = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/\bpath: "([^"]*)"/g)].map((m) => m[1] ?? "");
  for (const p of paths(path.join(WEB, "App.tsx"))) out.add(p);
  for (const feature of readdirSync(path.join(WEB, "features"))) {
    const dir = path.join(WEB, "features", feature);
    for (const file of readdirSync(dir)) {
      if (file === "routes.tsx")
        for (const p of paths(path.join(dir, file)))
          out.add(p.startsWith("/") ? p : `/youths/:id/${p}`); // relative: a dossier child
      if (file === "dossier-tabs.ts")
        for (const p of paths(path.join(dir, file)))
          out.add(p ? `/youths/:id/${p}` : "/youths/:id");
    }
  }
  return [...out].sort();
}

async function settled(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(
    () => !/Bezig met laden|Loading…/.test(document.body.innerText),
    null,
    {
      timeout: 20_000,
    },
  );
  await quiet(page);
}

/** Every axe rule (WCAG and best practices), any impact. */
async function axeAll(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** What scrolls sideways, with the widest elements to look at when it does. */
async function overflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth && doc.scrollWidth <= window.innerWidth) return null;
    const wide = Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join(".")}`);
    return `scrollWidth ${doc.scrollWidth} > clientWidth ${doc.clientWidth} (${wide.join(", ")})`;
  });
}

const PASSES = [
  {
    lang: "nl",
    sizes: [
      { width: 320, height: 640 },
      { width: 390, height: 844 },
    ],
  },
  { lang: "en", sizes: [{ width: 320, height: 640 }] },
] as const;

describe("every route reflows on a phone and passes every axe rule", () => {
  let browser: Browser;
  const ids: Ids = {
    youth: "",
    demoYouth: "",
    indicator: "",
    knowledge: "",
    module: "",
    organisation: "",
    account: "",
  };

  beforeAll(async () => {
    browser = await launch();
    const { page, context } = await newPage(browser, "nl");
    await login(page, "mentor");
    const me = (await (await page.request.get("/api/auth/me")).json()) as {
      csrfToken: string;
      user: { id: string };
    };
    ids.account = me.user.id; // the mentor's account, as their org admin sees it
    const headers = { "x-csrf-token": me.csrfToken };
    const post = async (url: string, data: object) => {
      const res = await page.request.post(url, { headers, data });
      expect(res.status(), `${url}: ${await res.text()}`).toBe(201);
      return (await res.json()) as { id: string };
    };
    const orgs = (await (await page.request.get("/api/organisations")).json()) as {
      items: { id: string; name: string }[];
    };
    const zutphen = orgs.items.find((o) => o.name === "COA Zutphen")?.id ?? "";
    ids.organisation = zutphen;
    ids.youth = (
      await post("/api/youths", {
        displayName: `Reflow ${MARK} met een heel lange naam die moet afbreken`,
        dateOfBirth: "2010-03-15",
        dateOfBirthEstimated: true,
        nationality: "ER",
        languages: ["ti"],
        gender: "male",
        locationId: zutphen,
        arrivedAt: "2026-01-10",
      })
    ).id;
    const base = `/api/youths/${ids.youth}`;
    await post(`${base}/signals`, {
      indicatorIds: ["crim.forced-theft", "behav.out-at-night"],
      observedAt: new Date().toISOString().slice(0, 10),
      source: "own_observation",
      facts: "Kwam om 03:00 terug op de locatie met een nieuwe jas en een tweede telefoon.",
    });
    const traject = await post(`${base}/trajects`, {
      concern: "Vertelt dat hij onder dwang moet stelen.",
    });
    await post(`${base}/trajects/${traject.id}/steps`, {
      step: "safety_check",
      draft: false,
      trajectVersion: 1,
      what: {
        dangerNow: "no",
        askedOn: new Date().toISOString().slice(0, 10),
        answers: { inDangerNow: "Nee, niet nu.", whoCanHelp: "Mijn mentor." },
        actions: [],
      },
    });
    await post(`${base}/missing-episodes`, {
      lastSeenAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      lastSeenWhere: "Bushalte Stationsplein Zutphen",
      circumstances: "Kwam niet terug na het avondeten; kamer leeg.",
      phone: "with_phone",
      phoneNumber: "06-12345678",
    });
    const youths = (await (await page.request.get("/api/youths")).json()) as {
      items: { id: string; displayName: string }[];
    };
    ids.demoYouth = youths.items.find((x) => x.displayName === "Amir K.")?.id ?? "";
    const catalog = (await (await page.request.get("/api/catalog")).json()) as {
      indicators: { id: string }[];
      knowledge: { id: string }[];
    };
    ids.indicator = catalog.indicators[0]?.id ?? "";
    ids.knowledge = catalog.knowledge[0]?.id ?? "";
    ids.module = "m1-exploitation"; // content/training/m1-exploitation.json
    await context.close();
    expect(Object.values(ids).every(Boolean), JSON.stringify(ids)).toBe(true);
  });
  afterAll(() => browser.close());

  it("visits every route the SPA declares", () => {
    const declared = declaredRoutes();
    expect(declared.length).toBeGreaterThan(20);
    expect(declared).toContain("/youths/:id/missing");
    const visited = new Set(VISITS.map((v) => v.pattern));
    expect(declared.filter((p) => !visited.has(p))).toEqual([]);
    expect([...visited].filter((p) => !declared.includes(p))).toEqual([]);
  });

  const roles = [...new Set(VISITS.map((v) => v.role))];
  for (const pass of PASSES)
    for (const role of roles)
      it(`${pass.lang} at ${pass.sizes.map((s) => `${s.width}×${s.height}`).join(" and ")}: ${role ?? "without login"}`, async () => {
        const { page, context } = await newPage(browser, pass.lang);
        await page.setViewportSize(pass.sizes[0]);
        if (role) await login(page, role);
        const problems: string[] = [];
        for (const visit of VISITS.filter((v) => v.role === role)) {
          const url = visit.url(ids);
          await page.setViewportSize(pass.sizes[0]);
          await page.goto(url);
          await settled(page);
          for (const size of pass.sizes) {
            await page.setViewportSize(size);
            await page.evaluate(
              () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
            );
            const at = `${url} at ${size.width}px`;
            const wide = await overflow(page);
            if (wide) problems.push(`${at}: ${wide}`);
            // axe at the narrowest size of the pass; wider sizes check the reflow only (the rules
            // that depend on the viewport, such as target size, are strictest at 320 px).
            if (size === pass.sizes[0])
              for (const v of await axeAll(page)) problems.push(`${at}: ${v}`);
          }
        }
        await context.close();
        expect(problems).toEqual([]);
      }, 600_000);
});
