import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type Session, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

/**
 * Every route, fed malformed JSON, wrong types, unknown fields and a body over the limit,
 * answers 4xx problem+json — never a 500. Routes are read from the app's own OpenAPI document.
 */
describe.each(TEST_DATABASES)("hostile input on every route (%s)", (kind) => {
  let t: TestApp;
  let s: Session;
  let routes: { method: string; path: string; url: string; hasBody: boolean; query: string[] }[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    s = await loginAs(t.app, demoEmail("mentor"));
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; parameters?: { name: string; in: string }[] }>
      >;
    }>();
    routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops).map(([m, op]) => ({
        method: m.toUpperCase(),
        path: p,
        url: p.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000"),
        hasBody: op.requestBody !== undefined && p !== "/api/csp-report",
        query: (op.parameters ?? []).filter((q) => q.in === "query").map((q) => q.name),
      })),
    );
  });
  afterAll(() => t.close());

  const bodies: [string, string, string][] = [
    ["malformed JSON", "{not json", "application/json"],
    [
      "wrong types",
      JSON.stringify({ email: 42, password: [], indicatorIds: "x", version: "v" }),
      "application/json",
    ],
    [
      "unknown fields",
      JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } }, zzz: 1 }),
      "application/json",
    ],
    [
      "deep nesting",
      JSON.stringify(JSON.parse("[".repeat(500) + "]".repeat(500))),
      "application/json",
    ],
    [
      "null bytes and unicode",
      JSON.stringify({ facts: "\u0000\u202e\ud83d\ude00", email: "\u0000" }),
      "application/json",
    ],
    ["a body over the limit", JSON.stringify({ facts: "x".repeat(1_100_000) }), "application/json"],
    ["a wrong content type", "<xml/>", "application/xml"],
  ];

  it("the OpenAPI document lists the routes", () => {
    expect(routes.length).toBeGreaterThan(2);
  });

  it.each(bodies)(
    "%s never gives a 500; routes that take a body refuse it with problem+json",
    async (_name, payload, contentType) => {
      for (const route of routes) {
        if (route.method === "GET" || route.url === "/api/auth/logout") continue;
        const res = await s.request({
          method: route.method as "POST",
          url: route.url,
          payload,
          headers: { "content-type": contentType },
        });
        const label = `${route.method} ${route.url}`;
        expect(res.statusCode, label).toBeLessThan(500);
        if (route.hasBody) expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
        if (res.statusCode >= 400)
          expect(res.headers["content-type"], label).toContain("application/problem+json");
      }
    },
  );

  it("unknown API routes answer 404 problem+json", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "NOT_FOUND", status: 404 });
  });

  it("odd query strings on GET routes never give a 500", async () => {
    for (const route of routes.filter((r) => r.method === "GET")) {
      const res = await s.request({
        method: "GET",
        url: `${route.url}?limit=-1&cursor=%00&lang=xx&__proto__[a]=1`,
      });
      expect(res.statusCode, route.url).toBeLessThan(500);
    }
  });

  it("a NUL byte in a path parameter or in any query parameter is a 4xx problem+json, never a 500", async () => {
    const wrong: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const urls: string[] = [];
      if (route.path.includes("{"))
        urls.push(route.path.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000%00"));
      for (const q of route.query) urls.push(`${route.url}?${q}=a%00b`);
      for (const url of urls) {
        const res = await s.request({
          method: route.method as "GET",
          url,
          ...(route.method === "GET" ? {} : { payload: {} }),
        });
        sent += 1;
        if (
          res.statusCode >= 500 ||
          res.statusCode < 400 ||
          !String(res.headers["content-type"]).includes("application/problem+json")
        )
          wrong.push(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(40);
  });

  it("a NUL byte in a login e-mail address is a 400 that names the field", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "mentor\u0000@demo.inzicht.test", password: "x" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: [{ path: "body.email", message: expect.stringContaining("NUL") }],
    });
  });

  it("answers carry the security headers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
  });
});
