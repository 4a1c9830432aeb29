/**
 * Changing the second factor needs more than a session (issue 14, 2FA takeover), a TOTP code
 * logs in only once (replay), and every change is told to the user by a notification.
 */
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { DEMO_PASSWORD } from "../../../services/demo/demo-organisations.js";

describe.each(TEST_DATABASES)("changing the second factor (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const codeAt = (secret: string, offsetSteps = 0) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: t.clock.now.getTime() + offsetSteps * 30_000,
    });
  const wrongCode = (secret: string) => {
    const right = new Set([codeAt(secret, -1), codeAt(secret), codeAt(secret, 1)]);
    return ["000000", "111111", "222222", "333333"].find((c) => !right.has(c)) ?? "444444";
  };
  const login = (email: string, totp?: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: DEMO_PASSWORD, ...(totp ? { totp } : {}) },
    });
  const setup = (s: Session, payload: Record<string, string>) =>
    s.request({ method: "POST", url: "/api/auth/totp/setup", payload });
  const confirm = (s: Session, totp: string) =>
    s.request({ method: "POST", url: "/api/auth/totp/confirm", payload: { totp } });
  const kindsOf = async (s: Session) =>
    (await s.request({ method: "GET", url: "/api/notifications" }))
      .json<{ items: { kind: string }[] }>()
      .items.map((i) => i.kind)
      .filter((k) => k.startsWith("second_factor"));

  /** Turns 2FA on for the session's user; returns the secret. */
  async function enable(s: Session): Promise<string> {
    const res = await setup(s, { password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const secret = res.json<{ secret: string }>().secret;
    expect((await confirm(s, codeAt(secret))).statusCode).toBe(200);
    return secret;
  }

  it("setting up 2FA asks for the password: a session alone is not enough", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    expect((await s.request({ method: "POST", url: "/api/auth/totp/setup" })).statusCode).toBe(400);
    const wrong = await setup(s, { password: "not-the-password" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ errors: [{ path: "password", message: "incorrect" }] });
  });

  it("with 2FA on, a stolen session cannot replace the factor without the password and a current code", async () => {
    const email = demoEmail("school");
    const first = await loginAs(t.app, email);
    const secret = await enable(first);
    t.clock.advance(30_000);
    const res = await login(email, codeAt(secret));
    expect(res.statusCode).toBe(200);
    const cookie = `inzicht_session=${res.cookies.find((c) => c.name === "inzicht_session")?.value}`;
    const csrf = res.json<{ csrfToken: string }>().csrfToken;
    const s: Session = {
      cookie,
      csrfToken: csrf,
      userId: first.userId,
      request: (o) =>
        t.app.inject({ ...o, headers: { ...(o.headers ?? {}), cookie, "x-csrf-token": csrf } }),
    };

    // The session's holder knows neither: refused, and the secret is unchanged.
    const before = await t.deps.db
      .selectFrom("users")
      .select("totp_secret")
      .where("id", "=", s.userId)
      .executeTakeFirstOrThrow();
    const noCode = await setup(s, { password: DEMO_PASSWORD });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json()).toMatchObject({ errors: [{ path: "totp", message: "required" }] });
    const badCode = await setup(s, { password: DEMO_PASSWORD, totp: wrongCode(secret) });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json()).toMatchObject({ errors: [{ path: "totp", message: "incorrect" }] });
    const noPassword = await setup(s, { password: "guess-guess", totp: codeAt(secret) });
    expect(noPassword.statusCode).toBe(400);
    const disable = await s.request({
      method: "POST",
      url: "/api/auth/totp/disable",
      payload: { password: DEMO_PASSWORD, totp: wrongCode(secret) },
    });
    expect(disable.statusCode).toBe(400);
    const after = await t.deps.db
      .selectFrom("users")
      .select("totp_secret")
      .where("id", "=", s.userId)
      .executeTakeFirstOrThrow();
    expect(after.totp_secret).toBe(before.totp_secret);

    // The owner, with password and a fresh code, replaces it; the old secret stops working.
    t.clock.advance(30_000);
    const again = await setup(s, { password: DEMO_PASSWORD, totp: codeAt(secret) });
    expect(again.statusCode).toBe(200);
    const next = again.json<{ secret: string }>().secret;
    expect((await confirm(s, codeAt(next))).statusCode).toBe(200);
    t.clock.advance(30_000);
    expect((await login(email, codeAt(secret))).statusCode).toBe(401);
    t.clock.advance(30_000);
    expect((await login(email, codeAt(next))).statusCode).toBe(200);
    expect(await kindsOf(s)).toEqual(["second_factor_enabled", "second_factor_enabled"]);
  });

  it("turning 2FA off needs the password and a current code, and tells the user", async () => {
    const email = demoEmail("guardian");
    const s = await loginAs(t.app, email);
    const secret = await enable(s);
    t.clock.advance(30_000);
    const off = await s.request({
      method: "POST",
      url: "/api/auth/totp/disable",
      payload: { password: DEMO_PASSWORD, totp: codeAt(secret) },
    });
    expect(off.statusCode).toBe(204);
    expect((await login(email)).statusCode).toBe(200);
    expect(await kindsOf(s)).toEqual(["second_factor_disabled", "second_factor_enabled"]);
    const audit = await t.deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("actor_id", "=", s.userId)
      .where("action", "like", "auth.totp%")
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["auth.totp_enabled", "auth.totp_disabled"]);
  });

  it("wrong passwords at the 2FA screen count towards the lockout like failed logins", async () => {
    const email = demoEmail("org_admin");
    const s = await loginAs(t.app, email);
    for (let i = 0; i < 5; i++) {
      expect((await setup(s, { password: `wrong-${i}` })).statusCode).toBe(400);
    }
    expect((await setup(s, { password: DEMO_PASSWORD })).statusCode).toBe(429);
    expect((await login(email)).statusCode).toBe(429);
  });

  it("one TOTP code logs in only once (no replay), also the code that confirmed the set-up", async () => {
    const email = demoEmail("researcher");
    const s = await loginAs(t.app, email);
    const res = await setup(s, { password: DEMO_PASSWORD });
    const secret = res.json<{ secret: string }>().secret;
    const confirmCode = codeAt(secret);
    expect((await confirm(s, confirmCode)).statusCode).toBe(200);
    expect((await login(email, confirmCode)).statusCode).toBe(401);
    t.clock.advance(30_000);
    const code = codeAt(secret);
    expect((await login(email, code)).statusCode).toBe(200);
    expect((await login(email, code)).statusCode).toBe(401);
    // An older code (still inside the drift window) is refused as well once a newer one was used.
    expect((await login(email, codeAt(secret, -1))).statusCode).toBe(401);
    t.clock.advance(30_000);
    expect((await login(email, codeAt(secret))).statusCode).toBe(200);
  });
});
