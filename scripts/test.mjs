// `npm test`: every tier. Unit and integration (on SQLite, and PostgreSQL when
// INZICHT_TEST_DATABASE_URL is set), the web tier, then the browser tier (Playwright in
// Debian's Chromium). Without Chromium the browser tier is skipped, loudly.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.INZICHT_CHROMIUM ?? "/usr/bin/chromium";

function run(cmd, args, env = {}) {
  console.log(`\n▶ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(" ")} failed`);
    process.exit(r.status ?? 1);
  }
}

if (!process.env.INZICHT_TEST_DATABASE_URL) {
  console.log("ℹ INZICHT_TEST_DATABASE_URL is not set: integration tests run on SQLite only.");
}
run("npx", ["vitest", "run"]);
if (!existsSync(CHROMIUM)) {
  console.warn("\n" + "!".repeat(78));
  console.warn(`!! No Chromium at ${CHROMIUM}: the BROWSER TIER (e2e + axe) IS SKIPPED.`);
  console.warn("!! Install it with: apt-get update && apt-get install -y chromium");
  console.warn("!".repeat(78) + "\n");
  process.exit(0);
}
run("node", ["scripts/e2e.mjs"]);
