/**
 * Every answer in the integration tests is checked against the published contract (issue 17):
 * test/test-app.ts wraps `app.inject()` with test/support/contract-validator.ts. These tests show
 * that the check runs and that it fails on a status, media type or body the contract does not
 * declare.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractValidator } from "./support/contract-validator.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "./test-app.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- editing a JSON document
type Any = any;

describe("answers are validated against the contract", () => {
  let t: TestApp;
  let doc: Any;
  beforeAll(async () => {
    t = await createTestApp("sqlite");
    doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
  });
  afterAll(() => t.close());

  it("a real answer agrees with the contract", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/catalog" });
    const problems = contractValidator(doc).check({
      method: "GET",
      url: "/api/catalog",
      status: res.statusCode,
      contentType: res.headers["content-type"] as string,
      body: res.body,
    });
    expect(problems).toEqual([]);
  });

  it("a body that breaks the schema, an undeclared status and a wrong media type are reported", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    const res = await s.request({ method: "GET", url: "/api/auth/me" });
    expect(res.statusCode).toBe(200);
    const v = contractValidator(doc);
    const base = {
      method: "GET",
      url: "/api/auth/me",
      status: 200,
      contentType: "application/json; charset=utf-8",
    };
    expect(v.check({ ...base, body: res.body })).toEqual([]);
    const body = res.json<Any>();
    delete body.user;
    expect(v.check({ ...base, body: JSON.stringify(body) }).join()).toMatch(/user/);
    expect(v.check({ ...base, status: 418, body: res.body }).join()).toMatch(/declares no 418/);
    expect(v.check({ ...base, contentType: "text/html", body: res.body }).join()).toMatch(
      /media type text\/html/,
    );
  });

  it("the wrapped inject throws when the app answers what its contract does not say", async () => {
    const other = await createTestApp("sqlite", { seed: false });
    try {
      // A contract that promises a field the health check does not send.
      const health = other.app.swagger() as Any;
      const schema =
        health.paths["/api/health"].get.responses["200"].content["application/json"].schema;
      schema.required = [...(schema.required ?? []), "promisedButAbsent"];
      schema.properties = { ...(schema.properties ?? {}), promisedButAbsent: { type: "string" } };
      const { validateAgainstContract } = await import("./test-app.js");
      await validateAgainstContract(other.app);
      await expect(other.app.inject({ method: "GET", url: "/api/health" })).rejects.toThrow(
        /promisedButAbsent/,
      );
    } finally {
      await other.close();
    }
  });
});
