/**
 * Web: gzip size of the JavaScript and CSS each route loads (measured in headless Chromium from the
 * files it requests), and time from navigation to the caseload being visible, compared with a
 * static page served by the same server in the same run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { createDeps } from "../src/bootstrap.js";
import { buildApp } from "../src/server/app.js";
import { seedDemo } from "../src/services/demo/seed-demo.js";
import { DEMO_PASSWORD } from "../src/services/demo/demo-organisations.js";
import { BENCH_KEYS } from "./db.bench.js";
import { median, record } from "./lib.js";

const ROUTES = [
  "/login",
  "/",
  "/youths",
  "/signals",
  "/knowledge",
  "/contacts",
  "/training",
  "/notifications",
  "/audit",
  "/training/dashboard",
];

/** Dossier routes, measured for the demo youth with the most history (Amir K.). */
const DOSSIER_TABS = ["", "/timeline", "/signals/new", "/steps", "/reports", "/missing"];

export async function benchWeb(): Promise<void> {
  console.log("\nWeb (headless Chromium)");
  const dist = path.join(process.cwd(), "web", "dist");
  const chromiumPath = process.env.INZICHT_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(path.join(dist, "index.html")) || !existsSync(chromiumPath)) {
    console.log("  web      skipped: run `npm run build:web` and install chromium first");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "inzicht-bench-web-"));
  const { deps } = await createDeps(
    {
      keys: BENCH_KEYS,
      session: { idleMinutes: 30, absoluteMinutes: 720 },
      demo: true,
      version: "bench",
      env: "test",
    },
    { kind: "sqlite", file: path.join(dir, "web.db") },
  );
  await seedDemo(deps);
  const app = await buildApp({ deps, webDist: dist });
  app.get("/bench/static", async (_req, reply) =>
    reply
      .type("text/html")
      .send("<!doctype html><html lang=nl><title>static</title><h1>Statisch</h1></html>"),
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
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
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const size = (url: string) => {
      const file = path.join(dist, new URL(url).pathname);
      return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
    };
    const routes = ROUTES.map((route) => ({ route, label: route }));
    for (const { route, label } of routes) {
      if (route === "/") {
        await page.goto(`${base}/login`);
        await page.getByLabel(/E-mailadres/).fill("team_lead@demo.inzicht.test");
        await page.getByLabel(/^Wachtwoord$/).fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "Inloggen" }).click();
        await page.waitForURL((u) => !u.pathname.startsWith("/login"));
        const res = await page.request.get(`${base}/api/youths?q=Amir&limit=5`);
        const body = (await res.json()) as { items?: { id: string; displayName: string }[] };
        const amir = body.items?.find((y) => y.displayName.startsWith("Amir"));
        if (!amir) throw new Error(`bench: demo youth Amir K. not found (${res.status()})`);
        routes.push(
          ...DOSSIER_TABS.map((tab) => ({
            route: `/youths/${amir.id}${tab}`,
            label: `/youths/:id${tab}`,
          })),
        );
      }
      const fresh = await context.newPage();
      const js = new Set<string>();
      const css = new Set<string>();
      fresh.on("request", (r) => {
        if (r.url().endsWith(".js")) js.add(r.url());
        if (r.url().endsWith(".css")) css.add(r.url());
      });
      await fresh.goto(`${base}${route}`, { waitUntil: "networkidle" });
      const jsKb = [...js].reduce((a, u) => a + size(u), 0) / 1024;
      const cssKb = [...css].reduce((a, u) => a + size(u), 0) / 1024;
      record({
        section: "web",
        name: `${label}: JavaScript gzip`,
        value: jsKb,
        unit: "kB",
        note: `${route === "/login" ? "target ≤ 150 kB" : "target ≤ 300 kB"}; CSS ${cssKb.toFixed(1)} kB`,
      });
      await fresh.close();
    }
    const staticTimes: number[] = [];
    const caseloadTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await context.newPage();
      let t = Date.now();
      await p.goto(`${base}/bench/static`);
      await p.getByRole("heading", { name: "Statisch" }).waitFor();
      staticTimes.push(Date.now() - t);
      t = Date.now();
      await p.goto(`${base}/`);
      await p
        .getByRole("link", { name: /Amir K\./ })
        .first()
        .waitFor({ timeout: 15_000 });
      caseloadTimes.push(Date.now() - t);
      await p.close();
    }
    const s = median(staticTimes);
    const c = median(caseloadTimes);
    record({
      section: "web",
      name: "navigation → caseload visible (team lead)",
      value: c,
      unit: "ms (median of 7)",
      baseline: "static page, same server",
      ratio: c / Math.max(s, 1),
      note: `static ${s} ms`,
    });
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
