/**
 * The served contract (GET /api/openapi.json) passes Redocly CLI's lint with the recommended
 * rules (strict: warnings count) and our own (redocly.yaml): 0 errors, 0 warnings, except the
 * entries of .redocly.lint-ignore.yaml, each with its reason. Issue 17, ADR 0013.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
type Any = any;

interface LintTotals {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string }[];
}

/** Redocly CLI on a file (offline: no telemetry, no update check). */
function redoclyLint(file: string): LintTotals {
  const r = spawnSync("npx", ["redocly", "lint", file, "--format=json", "--max-problems=1000"], {
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const json = r.stdout.slice(r.stdout.indexOf("{"));
  return JSON.parse(json) as LintTotals;
}

describe("the published OpenAPI contract", () => {
  let t: TestApp;
  let doc: Any;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { seed: false });
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(() => t.close());

  it("lints clean with Redocly's recommended rules and ours", () => {
    mkdirSync("dist", { recursive: true });
    // The path .redocly.lint-ignore.yaml names.
    writeFileSync("dist/openapi.json", JSON.stringify(doc, null, 2));
    const out = redoclyLint("dist/openapi.json");
    expect(out.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    // The two public probes without a 4xx (health, ready), each named with its reason.
    expect(out.totals).toMatchObject({ errors: 0, warnings: 0, ignored: 2 });
  }, 60_000);

  it("the lint fails on a broken contract (no operationId, no security, 4xx as JSON)", () => {
    const broken = structuredClone(doc);
    const caseload = broken.paths["/api/caseload"].get;
    delete caseload.operationId;
    delete caseload.security;
    caseload.responses["401"] = {
      description: "x",
      content: { "application/json": { schema: {} } },
    };
    writeFileSync("dist/openapi-broken.json", JSON.stringify(broken));
    const rules = new Set(redoclyLint("dist/openapi-broken.json").problems.map((p) => p.ruleId));
    expect(rules).toContain("operation-operationId");
    expect(rules).toContain("security-defined");
    expect(rules).toContain("rule/problem-json-for-4xx");
  }, 60_000);

  it("every operation has an operationId, security and typed file answers", () => {
    const ops = Object.entries(doc.paths as Record<string, Record<string, Any>>).flatMap(
      ([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    expect(ops.length).toBeGreaterThan(80);
    for (const { op } of ops) {
      expect(op.operationId).toMatch(/^[a-z]+[A-Za-z]*$/);
      expect(Array.isArray(op.security)).toBe(true);
    }
    const pdf = ops.find((o) => o.path.endsWith("/report.pdf"))?.op;
    expect(pdf?.responses["200"].content).toEqual({
      "application/pdf": { schema: { type: "string", format: "binary" } },
    });
    const csv = ops.find((o) => o.path === "/api/audit.csv")?.op;
    expect(Object.keys(csv?.responses["200"].content ?? {})).toEqual(["text/csv"]);
    const publicOps = ops.filter((o) => o.op.security.length === 0).map((o) => o.op.operationId);
    expect(publicOps.sort()).toEqual(
      [
        "getCatalog",
        "getHealth",
        "getReadiness",
        "getYouthInformationPage",
        "listContactChecks",
        "login",
        "reportCspViolation",
        // Demo mode only (404 otherwise): the developer's outbox (issue 19).
        "readDevOutbox",
        // A link's token is the credential (issue 19).
        "getInvitation",
        "acceptInvitation",
        "requestPasswordReset",
        "getPasswordReset",
        "resetPassword",
      ].sort(),
    );
    expect(doc.info).toMatchObject({ license: { identifier: "EUPL-1.2" } });
  });
});
