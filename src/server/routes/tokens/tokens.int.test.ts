import { TOTP, Secret } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { DEMO_PASSWORD } from "../../../services/demo/demo-organisations.js";

describe.each(TEST_DATABASES)("API tokens and two-factor login (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("a mentor creates a scoped token; a machine client reads with it, without cookie or CSRF", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const created = await mentor.request({
      method: "POST",
      url: "/api/tokens",
      payload: { name: "Koppeling rapportage", scopes: ["read"], expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    const auth = { authorization: `Bearer ${token}` };
    const list = await t.app.inject({ method: "GET", url: "/api/youths", headers: auth });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    const write = await t.app.inject({
      method: "POST",
      url: "/api/notifications/read",
      headers: auth,
      payload: { all: true },
    });
    expect(write.statusCode).toBe(403);
    const stored = await t.deps.db
      .selectFrom("api_tokens")
      .select("token_hash")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(
      (await mentor.request({ method: "POST", url: `/api/tokens/${id}/revoke` })).statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/youths", headers: auth })).statusCode,
    ).toBe(401);
  });

  it("a token for someone else is refused; an unknown token is a 401", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    expect(
      (
        await mentor.request({
          method: "POST",
          url: "/api/tokens",
          payload: { name: "x-token", userId: mentor.userId, scopes: ["read"], expiresInDays: 1 },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/youths",
          headers: { authorization: "Bearer izt_nope" },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("with 2FA on, login asks for the code and accepts only a valid one", async () => {
    const s = await loginAs(t.app, demoEmail("researcher"));
    const setup = (
      await s.request({
        method: "POST",
        url: "/api/auth/totp/setup",
        payload: { password: DEMO_PASSWORD },
      })
    ).json<{
      secret: string;
    }>();
    const totp = new TOTP({ secret: Secret.fromBase32(setup.secret) });
    expect(
      (
        await s.request({
          method: "POST",
          url: "/api/auth/totp/confirm",
          payload: { totp: "000000" === totp.generate() ? "111111" : "000000" },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await s.request({
          method: "POST",
          url: "/api/auth/totp/confirm",
          payload: { totp: totp.generate() },
        })
      ).statusCode,
    ).toBe(200);
    const step1 = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: demoEmail("researcher"), password: DEMO_PASSWORD },
    });
    expect(step1.json()).toEqual({ twoFactorRequired: true });
    expect(step1.cookies.find((c) => c.name === "inzicht_session")).toBeUndefined();
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: {
        email: demoEmail("researcher"),
        password: DEMO_PASSWORD,
        totp: "123456" === totp.generate() ? "654321" : "123456",
      },
    });
    expect(wrong.statusCode).toBe(401);
    // The code that confirmed the set-up is used up (no replay); the next one logs in.
    t.clock.advance(30_000);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: {
        email: demoEmail("researcher"),
        password: DEMO_PASSWORD,
        totp: totp.generate({ timestamp: t.clock.now.getTime() }),
      },
    });
    expect(ok.statusCode).toBe(200);
  });
});
