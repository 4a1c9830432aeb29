/**
 * 2FA required per role (issue 20, NEN 7513): with the deployment's default — every role that
 * can read a dossier or the access log — such a person without a second factor can only enrol.
 * Every other route in the OpenAPI document answers 403 second-factor-required and changes
 * nothing; once TOTP is on, the same session works. Recovery codes (issue 19) are shown once,
 * hashed at rest and log in once each.
 */
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rolesThatReadDossiersOrTheAccessLog } from "../../../domain/policies.js";
import { DEMO_PASSWORD } from "../../../services/demo/demo-organisations.js";
import { demoYouthId } from "../../../../test/support/demo-world.js";
import { diffCounts, rowCounter } from "../../../../test/support/row-counts.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

const OPEN = [
  /^\/api\/auth\//,
  /^\/api\/health/,
  /^\/api\/ready/,
  /^\/api\/csp-report/,
  /^\/api\/catalog/,
  /^\/api\/contact-checks$/,
  /^\/api\/invitations\//,
  /^\/api\/password-resets\//,
  /^\/api\/dev\/outbox/,
];

describe.each(TEST_DATABASES)("two-step login required for dossier roles (%s)", (kind) => {
  let t: TestApp;
  let amir: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { secondFactorRoles: rolesThatReadDossiersOrTheAccessLog() });
    amir = await demoYouthId(t.deps, "Amir K.");
  });
  afterAll(() => t.close());

  const codeAt = (secret: string, offsetSteps = 0) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: t.clock.now.getTime() + offsetSteps * 30_000,
    });
  const passwordLogin = (email: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: DEMO_PASSWORD, ...extra },
    });

  async function enrol(s: Session): Promise<{ secret: string; codes: string[] }> {
    const setup = await s.request({
      method: "POST",
      url: "/api/auth/totp/setup",
      payload: { password: DEMO_PASSWORD },
    });
    expect(setup.statusCode).toBe(200);
    const secret = setup.json<{ secret: string }>().secret;
    const confirm = await s.request({
      method: "POST",
      url: "/api/auth/totp/confirm",
      payload: { totp: codeAt(secret) },
    });
    expect(confirm.statusCode).toBe(200);
    return { secret, codes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
  }

  it("a mentor without 2FA logs in, is told it is pending, and gets 403 second-factor-required on the dossier", async () => {
    const login = await passwordLogin(demoEmail("mentor"));
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      secondFactor: { required: true, enrolled: false, pending: true, demoExempt: false },
    });
    const s = await loginAs(t.app, demoEmail("mentor"));
    for (const url of ["/api/youths", `/api/youths/${amir}`, `/api/youths/${amir}/picture`]) {
      const res = await s.request({ method: "GET", url });
      expect(res.statusCode, url).toBe(403);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({
        type: "https://inzicht.nl/problems/second-factor-required",
        code: "SECOND_FACTOR_REQUIRED",
      });
    }
    const me = await s.request({ method: "GET", url: "/api/auth/me" });
    expect(me.statusCode).toBe(200);
    const state = await s.request({ method: "GET", url: "/api/auth/second-factor" });
    expect(state.json()).toMatchObject({ required: true, enrolled: false, recoveryCodesLeft: 0 });
  });

  it("a privacy officer without 2FA cannot open the access log", async () => {
    const s = await loginAs(t.app, demoEmail("privacy_officer"));
    const res = await s.request({ method: "GET", url: "/api/audit" });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "SECOND_FACTOR_REQUIRED" });
  });

  it("every route outside enrolment answers 403 to a pending guardian and changes nothing", async () => {
    const s = await loginAs(t.app, demoEmail("guardian"));
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const counts = await rowCounter(t.deps.db, kind, ["audit_log", "sessions", "login_limits"]);
    const before = await counts();
    const wrong: string[] = [];
    let probed = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      // Only the API is gated; /metrics (its own token) and the public pages are not dossiers.
      if (!path.startsWith("/api/") || OPEN.some((re) => re.test(path))) continue;
      if (path === "/api/openapi.json") continue;
      const url = path.replace(/\{[^}]+\}/g, amir);
      for (const method of Object.keys(ops)) {
        const res = await s.request({
          method: method.toUpperCase() as "GET",
          url,
          ...(method === "get" ? {} : { payload: {} }),
        });
        probed += 1;
        if (res.statusCode !== 403 || !res.body.includes("SECOND_FACTOR_REQUIRED"))
          wrong.push(`${method.toUpperCase()} ${path} → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(probed).toBeGreaterThan(50);
    expect(diffCounts(before, await counts())).toEqual([]);
  });

  it("a trainer's role needs no 2FA by default: the training works without it", async () => {
    const s = await loginAs(t.app, demoEmail("trainer"));
    expect((await s.request({ method: "GET", url: "/api/training/modules" })).statusCode).toBe(200);
  });

  it("after enrolling, the same session reaches the dossier, and 2FA cannot be turned off", async () => {
    const s = await loginAs(t.app, demoEmail("team_lead"));
    expect((await s.request({ method: "GET", url: "/api/youths" })).statusCode).toBe(403);
    const { secret, codes } = await enrol(s);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect((await s.request({ method: "GET", url: "/api/youths" })).statusCode).toBe(200);
    t.clock.advance(30_000);
    const off = await s.request({
      method: "POST",
      url: "/api/auth/totp/disable",
      payload: { password: DEMO_PASSWORD, totp: codeAt(secret) },
    });
    expect(off.statusCode).toBe(409);
    const state = await s.request({ method: "GET", url: "/api/auth/second-factor" });
    expect(state.json()).toMatchObject({ enrolled: true, pending: false, recoveryCodesLeft: 10 });
  });

  it("a recovery code logs in once, in place of the TOTP code, and is stored only as a hash", async () => {
    const email = demoEmail("care_coordinator");
    const s = await loginAs(t.app, email);
    const { codes } = await enrol(s);
    const [first = "", second = ""] = codes;
    const stored = await t.deps.db
      .selectFrom("recovery_codes")
      .select("code_hash")
      .where("user_id", "=", s.userId)
      .execute();
    expect(stored).toHaveLength(10);
    const all = JSON.stringify(stored);
    for (const c of codes) {
      expect(all).not.toContain(c);
      expect(all).not.toContain(c.replace(/-/g, ""));
    }
    expect((await passwordLogin(email)).json()).toEqual({ twoFactorRequired: true });
    const ok = await passwordLogin(email, { recoveryCode: first.toLowerCase() });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ secondFactor: { pending: false } });
    expect((await passwordLogin(email, { recoveryCode: first })).statusCode).toBe(401);
    expect((await passwordLogin(email, { recoveryCode: second })).statusCode).toBe(200);
    const audit = await t.deps.db
      .selectFrom("audit_log")
      .select(["action", "outcome"])
      .where("actor_id", "=", s.userId)
      .where("action", "in", ["auth.login", "auth.login_failed"])
      .orderBy("seq", "desc")
      .limit(3)
      .execute();
    expect(audit.map((a) => `${a.action}/${a.outcome}`)).toEqual([
      "auth.login/ok",
      "auth.login_failed/denied",
      "auth.login/ok",
    ]);
  });

  it("replacing the recovery codes needs the password and a current code; the old set stops working", async () => {
    const email = demoEmail("school");
    const s = await loginAs(t.app, email);
    const { secret, codes } = await enrol(s);
    const noCode = await s.request({
      method: "POST",
      url: "/api/auth/recovery-codes",
      payload: { password: DEMO_PASSWORD },
    });
    expect(noCode.statusCode).toBe(400);
    t.clock.advance(30_000);
    const res = await s.request({
      method: "POST",
      url: "/api/auth/recovery-codes",
      payload: { password: DEMO_PASSWORD, totp: codeAt(secret) },
    });
    expect(res.statusCode).toBe(200);
    const fresh = res.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => codes.includes(c))).toEqual([]);
    expect((await passwordLogin(email, { recoveryCode: codes[0] ?? "" })).statusCode).toBe(401);
    expect((await passwordLogin(email, { recoveryCode: fresh[0] ?? "" })).statusCode).toBe(200);
    const entry = await t.deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("actor_id", "=", s.userId)
      .where("action", "=", "auth.recovery_codes_replaced")
      .execute();
    expect(entry).toHaveLength(1);
  });
});
