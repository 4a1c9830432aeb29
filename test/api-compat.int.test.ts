/**
 * The served contract stays compatible with the last released one (issue 17): the newest
 * docs/api/openapi-<version>.json (written by `npm run api:snapshot`) against GET
 * /api/openapi.json. A break — an operation gone, a required request field added, a response
 * field gone, a type changed — needs a new version in package.json, a new snapshot and a line in
 * docs/api.md "Changelog".
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breakingChanges } from "./support/api-compat.js";
import { createTestApp, type TestApp } from "./test-app.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- editing a JSON document
type Any = any;

const SNAPSHOTS = new URL("../docs/api/", import.meta.url);
const semver = (v: string) => v.split(".").map((n) => Number.parseInt(n, 10));
const newer = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The version of the newest snapshot in docs/api/. */
function newestSnapshot(): string {
  const versions = readdirSync(SNAPSHOTS)
    .map((f) => /^openapi-(\d+\.\d+\.\d+)\.json$/.exec(f)?.[1])
    .filter((v): v is string => v !== undefined)
    .sort(newer);
  const last = versions[versions.length - 1];
  if (!last) throw new Error("no docs/api/openapi-<version>.json: run npm run api:snapshot");
  return last;
}

describe("the contract against the last released one", () => {
  let t: TestApp;
  let served: Any;
  let released: Any;
  let version: string;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { seed: false, demo: false });
    served = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    version = newestSnapshot();
    released = JSON.parse(readFileSync(new URL(`openapi-${version}.json`, SNAPSHOTS), "utf8"));
  });
  afterAll(() => t.close());

  it("carries the package version, at or after the newest snapshot", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(served.info.version).toBe(pkg.version);
    expect(newer(served.info.version, version)).toBeGreaterThanOrEqual(0);
  });

  it("breaks no published operation", () => {
    expect(breakingChanges(released, served)).toEqual([]);
  });

  it("reports an operation removed, a required request field added, a response field removed and a type changed", () => {
    const changed = structuredClone(served);
    delete changed.paths["/api/caseload"].get;
    const register = changed.paths["/api/youths"].post.requestBody.content["application/json"];
    register.schema.properties.favouriteColour = { type: "string" };
    register.schema.required.push("favouriteColour");
    const dossier =
      changed.paths["/api/youths/{id}"].get.responses["200"].content["application/json"].schema;
    delete dossier.properties.displayName;
    dossier.properties.age = { type: "string" };
    expect(breakingChanges(released, changed).sort()).toEqual(
      [
        "GET /api/caseload: operation removed",
        "POST /api/youths body.favouriteColour: required request field added",
        "GET /api/youths/{id} 200 body.displayName: response field removed",
        "GET /api/youths/{id} 200 body.age: type changed from number to string",
      ].sort(),
    );
  });

  it("lets through what a client does not notice: an optional request field, an extra response field", () => {
    const changed = structuredClone(served);
    const register = changed.paths["/api/youths"].post.requestBody.content["application/json"];
    register.schema.properties.nickname = { type: "string" };
    const dossier =
      changed.paths["/api/youths/{id}"].get.responses["200"].content["application/json"].schema;
    dossier.properties.extra = { type: "boolean" };
    dossier.required.push("extra");
    changed.paths["/api/new-thing"] = { get: { responses: { "200": { description: "new" } } } };
    expect(breakingChanges(released, changed)).toEqual([]);
  });
});
