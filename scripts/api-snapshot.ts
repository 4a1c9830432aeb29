/**
 * `npm run api:snapshot`: writes the contract the server serves (GET /api/openapi.json, not in
 * demo mode) to docs/api/openapi-<version>.json, the version from package.json. Commit it when a
 * version is released; test/api-compat.int.test.ts compares the served contract against the
 * newest snapshot and fails on a breaking change.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDeps } from "../src/bootstrap.js";
import { API_VERSION } from "../src/server/api-version.js";
import { buildApp } from "../src/server/app.js";

const dir = mkdtempSync(path.join(tmpdir(), "inzicht-api-snapshot-"));
try {
  const { deps, handle } = await createDeps(
    {
      keys: [{ id: "s1", secret: "snapshot-only-key-never-used-for-data-0001" }],
      session: { idleMinutes: 30, absoluteMinutes: 720 },
      demo: false,
      version: API_VERSION,
      env: "test",
      pictureRules: {},
      publicUrl: null,
    },
    { kind: "sqlite", file: path.join(dir, "snapshot.db") },
  );
  const app = await buildApp({ deps, webDist: null });
  const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}`);
  const file = path.join("docs", "api", `openapi-${API_VERSION}.json`);
  writeFileSync(file, `${JSON.stringify(res.json(), null, 2)}\n`);
  await app.close();
  await handle.close();
  console.log(`wrote ${file}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
