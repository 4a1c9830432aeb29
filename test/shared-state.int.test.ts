/**
 * Two app instances on one database (as behind a load balancer) share the login limits, the
 * lockout and pending 2FA enrolments: nothing of it lives in one process's memory (issue 21).
 */
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/services/demo/demo-organisations.js";
import {
  createSecondInstance,
  createTestApp,
  demoEmail,
  loginAs,
  type TestApp,
} from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

describe.each(TEST_DATABASES)("state shared by two app instances (%s)", (kind) => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp(kind);
    b = await createSecondInstance(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const attempt = (t: TestApp, email: string, password: string, ip: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
      remoteAddress: ip,
    });

  it("the two instances do not share memory (the test would prove nothing otherwise)", () => {
    expect(b.app).not.toBe(a.app);
    expect(b.deps.db).not.toBe(a.deps.db);
  });

  it("five failures on instance A lock the account on instance B, with the right password too", async () => {
    const email = demoEmail("team_lead");
    for (let i = 0; i < 5; i++) {
      expect((await attempt(a, email, `wrong-${i}`, `10.20.0.${i + 1}`)).statusCode).toBe(401);
    }
    const onB = await attempt(b, email, DEMO_PASSWORD, "10.20.1.1");
    expect(onB.statusCode).toBe(429);
    expect(Number(onB.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("an unknown address locked on A answers 429 on B too, exactly as a real account does", async () => {
    const answers = async (email: string, net: number) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        // Alternate the instances: a load balancer spreads one attacker's tries.
        const r = await attempt(i % 2 === 0 ? a : b, email, `wrong-${i}`, `10.30.${net}.${i + 1}`);
        const body = r.json<{ code: string; detail?: string }>();
        out.push(`${r.statusCode} ${body.code} ${body.detail ?? ""}`.trim());
      }
      return out;
    };
    const real = await answers(demoEmail("guardian"), 1);
    const unknown = await answers("nobody-at-all@example.org", 2);
    expect(unknown).toEqual(real);
    expect(unknown.slice(0, 5).every((x) => x.startsWith("401 UNAUTHENTICATED"))).toBe(true);
    expect(unknown.slice(5).every((x) => x.startsWith("429 RATE_LIMITED"))).toBe(true);
  });

  it("the per-address limit counts attempts on both instances together", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) {
      const r = await attempt(i % 2 === 0 ? a : b, `y${i}@example.org`, "whatever-y", "192.0.2.88");
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes[30]).toBe(429);
  });

  it("a 2FA set-up started on instance A is confirmed on instance B", async () => {
    const email = demoEmail("trainer");
    const onA = await loginAs(a.app, email);
    const setup = await onA.request({
      method: "POST",
      url: "/api/auth/totp/setup",
      payload: { password: DEMO_PASSWORD },
    });
    expect(setup.statusCode).toBe(200);
    const secret = setup.json<{ secret: string }>().secret;
    const onB = await loginAs(b.app, email);
    const confirm = await onB.request({
      method: "POST",
      url: "/api/auth/totp/confirm",
      payload: {
        totp: new TOTP({ secret: Secret.fromBase32(secret) }).generate({
          timestamp: a.clock.now.getTime(),
        }),
      },
    });
    expect(confirm.statusCode).toBe(200);
    // The pending secret is not kept in the clear anywhere.
    const stored = await a.deps.db
      .selectFrom("users")
      .select("totp_secret")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret).not.toBeNull();
    expect(stored.totp_secret).not.toContain(secret);
    const pending = await a.deps.db.selectFrom("totp_enrolments").selectAll().execute();
    expect(pending).toEqual([]);
  });
});
