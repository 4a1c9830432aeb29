import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  linkIn,
  sendingThrough,
  startSmtpSink,
  TEST_PUBLIC_URL,
  type SmtpSink,
} from "../../../../test/support/smtp-sink.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { DEMO_PASSWORD } from "../../../services/demo/demo-organisations.js";
import { deliverOutbox } from "../../../services/mail/deliver-outbox.js";
import type { ServiceDeps } from "../../../services/deps.js";

const PUBLIC_URL = TEST_PUBLIC_URL;
const NEW_PASSWORD = "Rode fiets met drie wielen 7";

/**
 * Issue 19, "password forgotten": the same answer whether or not the address has an account; the
 * mailed link (over real SMTP to a server on loopback) sets a new password once, within an hour,
 * and ends the account's other sessions.
 */
describe.each(TEST_DATABASES)("password reset by mail (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  const smtpDeps = (): ServiceDeps => sendingThrough(t.deps, sink);
  const ask = (email: string, ip = "10.0.0.1") =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset",
      payload: { email },
      remoteAddress: ip,
    });
  const tokenMailedTo = async (email: string) => {
    await deliverOutbox(smtpDeps(), { limit: 50 });
    const mail = sink.received.filter((m) => m.to.includes(email)).at(-1);
    if (!mail) throw new Error(`no mail to ${email}`);
    return linkIn(mail, `${PUBLIC_URL}/password-reset/`).slice(
      `${PUBLIC_URL}/password-reset/`.length,
    );
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  beforeEach(async () => {
    sink = await startSmtpSink();
  });
  afterEach(() => sink.close());
  afterAll(() => t.close());

  it("answers an existing and an unknown address alike; only the account's owner gets a mail", async () => {
    const known = await ask(demoEmail("guardian"));
    const unknown = await ask("niemand@nergens.test");
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
    await deliverOutbox(smtpDeps(), { limit: 50 });
    expect(sink.received.map((m) => m.to)).toEqual([[demoEmail("guardian")]]);
    expect(sink.received[0]?.subject).toBe("Nieuw wachtwoord voor InZicht");
    const entries = await t.deps.db
      .selectFrom("audit_log")
      .select(["outcome", "record_ids"])
      .where("action", "=", "auth.password_reset_requested")
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => e.outcome)).toEqual(["ok", "denied"]);
    expect(JSON.stringify(entries)).not.toContain("niemand");
  });

  it("the link sets a new password once and ends the account's other sessions", async () => {
    const open = await loginAs(t.app, demoEmail("school"));
    expect((await open.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(200);
    expect((await ask(demoEmail("school"), "10.0.0.2")).statusCode).toBe(202);
    const token = await tokenMailedTo(demoEmail("school"));
    expect(
      (await t.app.inject({ method: "GET", url: `/api/password-resets/${token}` })).json(),
    ).toMatchObject({ email: demoEmail("school") });
    const weak = await t.app.inject({
      method: "POST",
      url: `/api/password-resets/${token}`,
      payload: { password: "kort" },
    });
    expect(weak.statusCode).toBe(400);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/password-resets/${token}`,
      payload: { password: NEW_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    // The session opened before the reset no longer works.
    expect((await open.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    // Single use.
    const again = await t.app.inject({
      method: "POST",
      url: `/api/password-resets/${token}`,
      payload: { password: `${NEW_PASSWORD}!` },
    });
    expect(again.statusCode).toBe(404);
    await expect(loginAs(t.app, demoEmail("school"), DEMO_PASSWORD)).rejects.toThrow(/401/);
    const session = await loginAs(t.app, demoEmail("school"), NEW_PASSWORD);
    expect(session.userId).toBe(open.userId);
    const entry = await t.deps.db
      .selectFrom("audit_log")
      .select(["actor_id", "details"])
      .where("action", "=", "auth.password_reset")
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(open.userId);
    expect(String(entry.details)).toContain('"sessionsEnded":1');
  });

  it("a reset link expires after one hour and the stored hash is not the token", async () => {
    expect((await ask(demoEmail("trainer"), "10.0.0.3")).statusCode).toBe(202);
    const token = await tokenMailedTo(demoEmail("trainer"));
    const rows = await t.deps.db.selectFrom("password_resets").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    t.clock.advance(61 * 60_000);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/password-resets/${token}`,
      payload: { password: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(404);
    await loginAs(t.app, demoEmail("trainer"), DEMO_PASSWORD);
  });

  it("is rate-limited per client address (429), and sends at most three links an hour per address", async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await ask(demoEmail("researcher"), "10.0.0.4")).statusCode).toBe(202);
    await deliverOutbox(smtpDeps(), { limit: 50 });
    expect(sink.received.filter((m) => m.to.includes(demoEmail("researcher")))).toHaveLength(3);
    for (let i = 0; i < 5; i += 1) await ask("wie@nergens.test", "10.0.0.4");
    const limited = await ask("wie@nergens.test", "10.0.0.4");
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
  });
});
