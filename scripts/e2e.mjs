// The browser tier: build, start InZicht in demo mode on a fresh data dir and a free port,
// run the Playwright journeys (e2e/*.spec.ts, driven by Vitest), fail on any CSP report.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

run("npm", ["run", "--silent", "build"]);
const port = await freePort();
const dataDir = mkdtempSync(path.join(tmpdir(), "inzicht-e2e-"));
const server = spawn("node", ["dist/cli.js", "serve"], {
  env: {
    ...process.env,
    PORT: String(port),
    INZICHT_DATA_DIR: dataDir,
    INZICHT_DEMO: "true",
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    INZICHT_LOGIN_IP_LIMIT: "5000",
    DATABASE_URL: "",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
let up = false;
for (let i = 0; i < 300 && !up; i++) {
  try {
    up = (await fetch(`${base}/api/health`)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
let status = 1;
try {
  if (!up) throw new Error("server did not start");
  const r = spawnSync(
    "npx",
    ["vitest", "run", "--config", "e2e/vitest.config.ts", ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: base },
    },
  );
  status = r.status ?? 1;
  const csp = await (await fetch(`${base}/api/csp-report`)).json();
  if (csp.count > 0) {
    console.error(`✖ ${csp.count} CSP violation report(s) during the e2e run`);
    status = 1;
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
