import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  linkIn,
  sendingThrough,
  startSmtpSink,
  TEST_PUBLIC_URL,
  type SmtpSink,
} from "../../../../test/support/smtp-sink.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { deliverOutbox } from "../../../services/mail/deliver-outbox.js";
import type { ServiceDeps } from "../../../services/deps.js";

const PUBLIC_URL = TEST_PUBLIC_URL;
const GOOD_PASSWORD = "Groene kikker springt 48 keer";

/**
 * Issue 19: an org admin invites a colleague; the invitation mail goes over real SMTP (a server
 * this test starts on loopback); the invitee follows the link from the received message, sets a
 * password over HTTP and logs in. The link works once and for 72 hours; an org admin can invite
 * only into their own organisation (another answers 404, as for youths).
 */
describe.each(TEST_DATABASES)("invitations by mail (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  let orgAdmin: Session;
  let zutphen: string;
  let terApel: string;
  const smtpDeps = (): ServiceDeps => sendingThrough(t.deps, sink);
  const orgIdOf = async (name: string) =>
    (
      await t.deps.db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", name)
        .executeTakeFirstOrThrow()
    ).id;
  const invite = (s: Session, payload: object) =>
    s.request({ method: "POST", url: "/api/admin/invitations", payload });
  /** Delivers the outbox and returns the token from the newest mail to this address. */
  const tokenMailedTo = async (email: string): Promise<string> => {
    await deliverOutbox(smtpDeps(), { limit: 50 });
    const mail = sink.received.filter((m) => m.to.includes(email)).at(-1);
    if (!mail) throw new Error(`no mail to ${email}`);
    const link = linkIn(mail, `${PUBLIC_URL}/invitation/`);
    return link.slice(`${PUBLIC_URL}/invitation/`.length);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    zutphen = await orgIdOf("COA Zutphen");
    terApel = await orgIdOf("COA Ter Apel");
  });
  beforeEach(async () => {
    sink = await startSmtpSink();
    // The clock moves by days in these tests: a fresh session each time.
    orgAdmin = await loginAs(t.app, demoEmail("org_admin"));
  });
  afterEach(() => sink.close());
  afterAll(() => t.close());

  it("an org admin invites a mentor; the mentor follows the mailed link, sets a password and logs in", async () => {
    const res = await invite(orgAdmin, {
      email: "Sanne.deVries@COA.test",
      displayName: "Sanne de Vries",
      role: "mentor",
      language: "en",
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const token = await tokenMailedTo("sanne.devries@coa.test");
    const mail = sink.received.at(-1);
    expect(mail?.subject).toBe("You are invited to InZicht");
    expect(mail?.text).not.toContain("Sanne");
    // Only the hash is stored; the token is nowhere in the database.
    const row = await t.deps.db
      .selectFrom("invitations")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      JSON.stringify(await t.deps.db.selectFrom("invitations").selectAll().execute()),
    ).not.toContain(token);
    expect(
      JSON.stringify(await t.deps.db.selectFrom("mail_outbox").selectAll().execute()),
    ).not.toContain(token);

    const view = await t.app.inject({ method: "GET", url: `/api/invitations/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      email: "sanne.devries@coa.test",
      displayName: "Sanne de Vries",
      organisation: "COA Zutphen",
      role: "mentor",
      language: "en",
    });

    const weak = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/acceptance`,
      payload: { password: "password2026!" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: "password", message: "common" },
    ]);

    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/acceptance`,
      payload: { password: GOOD_PASSWORD },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const mentor = await loginAs(t.app, "sanne.devries@coa.test", GOOD_PASSWORD);
    const me = await mentor.request({ method: "GET", url: "/api/auth/me" });
    expect(me.json()).toMatchObject({ user: { displayName: "Sanne de Vries" } });

    // Single use: the same link is now as unknown as a made-up one.
    for (const req of [
      { method: "GET" as const, url: `/api/invitations/${token}` },
      {
        method: "POST" as const,
        url: `/api/invitations/${token}/acceptance`,
        payload: { password: GOOD_PASSWORD },
      },
    ])
      expect((await t.app.inject(req)).statusCode).toBe(404);

    const entries = await t.deps.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "record_ids"])
      .where("action", "in", ["invitation.create", "invitation.accept"])
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => [e.action, e.actor_id])).toEqual([
      ["invitation.create", orgAdmin.userId],
      ["invitation.accept", mentor.userId],
    ]);
  });

  it("an invitation link stops working after 72 hours", async () => {
    const res = await invite(orgAdmin, {
      email: "laat@coa.test",
      displayName: "Te Laat",
      role: "mentor",
    });
    expect(res.statusCode).toBe(201);
    const token = await tokenMailedTo("laat@coa.test");
    expect(sink.received.at(-1)?.subject).toBe("Je bent uitgenodigd voor InZicht");
    t.clock.advance(72 * 3_600_000 - 60_000);
    expect(
      (await t.app.inject({ method: "GET", url: `/api/invitations/${token}` })).statusCode,
    ).toBe(200);
    t.clock.advance(120_000);
    const late = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/acceptance`,
      payload: { password: GOOD_PASSWORD },
    });
    expect(late.statusCode).toBe(404);
    expect(
      await t.deps.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", "laat@coa.test")
        .execute(),
    ).toEqual([]);
  });

  it("an org admin of COA Zutphen cannot invite into another organisation (404), nor make a system admin (403)", async () => {
    const before = await t.deps.db.selectFrom("invitations").select("id").execute();
    const other = await invite(orgAdmin, {
      email: "ander@coa.test",
      displayName: "Ander",
      role: "mentor",
      organisationId: terApel,
    });
    expect(other.statusCode).toBe(404);
    const sysadmin = await invite(orgAdmin, {
      email: "baas@coa.test",
      displayName: "Baas",
      role: "system_admin",
    });
    expect(sysadmin.statusCode).toBe(403);
    const taken = await invite(orgAdmin, {
      email: demoEmail("mentor"),
      displayName: "Bestaat al",
      role: "mentor",
    });
    expect(taken.statusCode).toBe(409);
    expect(await t.deps.db.selectFrom("invitations").select("id").execute()).toEqual(before);
    // Its own organisation named explicitly is fine.
    expect(
      (
        await invite(orgAdmin, {
          email: "eigen@coa.test",
          displayName: "Eigen",
          role: "team_lead",
          organisationId: zutphen,
        })
      ).statusCode,
    ).toBe(201);
  });

  it("the system admin invites into any organisation, and must name it", async () => {
    const admin = await loginAs(t.app, demoEmail("system_admin"));
    const without = await invite(admin, { email: "x@coa.test", displayName: "X", role: "mentor" });
    expect(without.statusCode).toBe(400);
    const res = await invite(admin, {
      email: "terapel.admin@coa.test",
      displayName: "Ter Apel Admin",
      role: "org_admin",
      organisationId: terApel,
    });
    expect(res.statusCode).toBe(201);
  });
});
