import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { DEMO_PASSWORD } from "../../../services/demo/demo-organisations.js";

describe.each(TEST_DATABASES)("login and sessions (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("a demo mentor logs in and /me shows who they are and their organisation", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    const me = await s.request({ method: "GET", url: "/api/auth/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: {
        email: "mentor@demo.inzicht.test",
        roles: ["mentor"],
        organisation: { name: "COA Zutphen" },
      },
      csrfToken: s.csrfToken,
    });
  });

  it("the session cookie is HttpOnly and SameSite=Strict", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: demoEmail("guardian"), password: DEMO_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === "inzicht_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
  });

  it("a wrong password and an unknown email give the same 401", async () => {
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: demoEmail("school"), password: "nope-nope-nope" },
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "nobody@demo.inzicht.test", password: "nope-nope-nope" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers["content-type"]).toContain("application/problem+json");
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
  });

  it("a state-changing request without the CSRF token is refused and changes nothing", async () => {
    const s = await loginAs(t.app, demoEmail("team_lead"));
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "CSRF_FAILED" });
    const me = await s.request({ method: "GET", url: "/api/auth/me" });
    expect(me.statusCode).toBe(200);
  });

  it("logout ends the session", async () => {
    const s = await loginAs(t.app, demoEmail("trainer"));
    expect((await s.request({ method: "POST", url: "/api/auth/logout" })).statusCode).toBe(204);
    expect((await s.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });

  it("a session ends after 30 idle minutes", async () => {
    const s = await loginAs(t.app, demoEmail("researcher"));
    t.clock.advance(31 * 60_000);
    expect((await s.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });

  it("repeated failures lock the account: even the right password gets 429 with Retry-After", async () => {
    const email = demoEmail("org_admin");
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email, password: `wrong-${i}` },
        remoteAddress: `10.0.0.${i + 1}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: DEMO_PASSWORD },
      remoteAddress: "10.0.1.1",
    });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    const after = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: DEMO_PASSWORD },
      remoteAddress: "10.0.1.2",
    });
    expect(after.statusCode).toBe(200);
  });

  it("an unknown address and a real account answer alike, also when they become locked", async () => {
    const answers = async (email: string, base: number) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email, password: `wrong-${i}` },
          remoteAddress: `10.9.${base}.${i + 1}`,
        });
        const body = r.json<{ code: string; detail?: string }>();
        out.push(`${r.statusCode} ${body.code} ${body.detail ?? ""}`.trim());
      }
      return out;
    };
    const real = await answers(demoEmail("researcher"), 1);
    const unknown = await answers("nobody-here@example.org", 2);
    expect(real).toEqual(unknown);
    expect(real.slice(0, 5).every((a) => a.startsWith("401 UNAUTHENTICATED"))).toBe(true);
    expect(real.slice(5).every((a) => a.startsWith("429 RATE_LIMITED"))).toBe(true);
  });

  it("too many attempts from one address get 429", async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const r = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: `x${i}@example.org`, password: "whatever-x" },
        remoteAddress: "192.0.2.77",
      });
      last = r.statusCode;
    }
    expect(last).toBe(429);
  });

  it("login attempts are in the access log without the email or password", async () => {
    const rows = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "in", ["auth.login", "auth.login_failed"])
      .execute();
    expect(rows.length).toBeGreaterThan(3);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(DEMO_PASSWORD);
    expect(dump).not.toContain("nobody@demo.inzicht.test");
  });
});
