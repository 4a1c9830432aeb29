import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  linkIn,
  sendingThrough,
  startSmtpSink,
  TEST_PUBLIC_URL,
  type SmtpSink,
} from "../../../../test/support/smtp-sink.js";
import { diffCounts, rowCounter } from "../../../../test/support/row-counts.js";
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
import type { OpenInvitation } from "../../../shared/invitation.schema.js";

const PUBLIC_URL = TEST_PUBLIC_URL;
const GOOD_PASSWORD = "Groene kikker springt 48 keer";

/**
 * Issue 19: an admin sees the open invitations of their organisation (the system admin: all)
 * and withdraws one. Withdrawing is an access-log entry; the withdrawn link then answers exactly
 * like an expired one — the same 404 — and accepting it makes no account. An org admin of COA
 * Zutphen cannot see or withdraw an invitation into COA Ter Apel (404, nothing changes).
 */
describe.each(TEST_DATABASES)("open invitations and withdrawing them (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  let orgAdmin: Session;
  let sysAdmin: Session;
  let terApel: string;
  const smtpDeps = (): ServiceDeps => sendingThrough(t.deps, sink);
  const invite = async (s: Session, payload: object): Promise<string> => {
    const res = await s.request({ method: "POST", url: "/api/admin/invitations", payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const tokenMailedTo = async (email: string): Promise<string> => {
    await deliverOutbox(smtpDeps(), { limit: 50 });
    const mail = sink.received.filter((m) => m.to.includes(email)).at(-1);
    if (!mail) throw new Error(`no mail to ${email}`);
    return linkIn(mail, `${PUBLIC_URL}/invitation/`).slice(`${PUBLIC_URL}/invitation/`.length);
  };
  const openIds = async (s: Session, query = "") => {
    const res = await s.request({ method: "GET", url: `/api/admin/invitations${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: OpenInvitation[] }>().items.map((i) => i.id);
  };
  const withdraw = (s: Session, id: string) =>
    s.request({ method: "DELETE", url: `/api/admin/invitations/${id}` });
  const auditOf = (action: string) =>
    t.deps.db
      .selectFrom("audit_log")
      .select(["actor_id", "record_type", "record_ids", "details"])
      .where("action", "=", action)
      .orderBy("seq")
      .execute();
  /** What the link answers: status and the problem's code, title and detail (no request id). */
  const linkAnswer = async (token: string) => {
    const res = await t.app.inject({ method: "GET", url: `/api/invitations/${token}` });
    const { code, title, detail, type } = res.json<Record<string, string>>();
    return { status: res.statusCode, code, title, detail, type };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    terApel = (
      await t.deps.db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", "COA Ter Apel")
        .executeTakeFirstOrThrow()
    ).id;
  });
  beforeEach(async () => {
    sink = await startSmtpSink();
    orgAdmin = await loginAs(t.app, demoEmail("org_admin"));
    sysAdmin = await loginAs(t.app, demoEmail("system_admin"));
  });
  afterEach(() => sink.close());
  afterAll(() => t.close());

  it("an org admin lists only their own organisation's open invitations; the list is logged by id", async () => {
    const own = await invite(orgAdmin, {
      email: "eva.lijst@coa.test",
      displayName: "Eva Lijst",
      role: "mentor",
    });
    const other = await invite(sysAdmin, {
      email: "tim.terapel@coa.test",
      displayName: "Tim Ter Apel",
      role: "mentor",
      organisationId: terApel,
    });
    const mine = await openIds(orgAdmin);
    expect(mine).toContain(own);
    expect(mine).not.toContain(other);
    expect(await openIds(sysAdmin)).toEqual(expect.arrayContaining([own, other]));
    expect(await openIds(sysAdmin, `?organisationId=${terApel}`)).toEqual([other]);
    const entries = await auditOf("invitation.list");
    const first = entries[0];
    expect(first?.actor_id).toBe(orgAdmin.userId);
    expect(JSON.parse(first?.record_ids ?? "[]")).toEqual(mine);
  });

  it("withdraws an open invitation: logged, gone from the list, and its link answers exactly like an expired one", async () => {
    const withdrawnId = await invite(orgAdmin, {
      email: "wim.ingetrokken@coa.test",
      displayName: "Wim Ingetrokken",
      role: "mentor",
    });
    const withdrawnToken = await tokenMailedTo("wim.ingetrokken@coa.test");
    await invite(orgAdmin, {
      email: "els.verlopen@coa.test",
      displayName: "Els Verlopen",
      role: "mentor",
    });
    const expiredToken = await tokenMailedTo("els.verlopen@coa.test");
    expect((await linkAnswer(withdrawnToken)).status).toBe(200);

    const res = await withdraw(orgAdmin, withdrawnId);
    expect(res.statusCode, res.body).toBe(204);
    expect(await openIds(orgAdmin)).not.toContain(withdrawnId);
    const [entry] = await auditOf("invitation.withdraw");
    expect(entry).toMatchObject({ actor_id: orgAdmin.userId, record_type: "invitation" });
    expect(JSON.parse(entry?.record_ids ?? "[]")).toEqual([withdrawnId]);

    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${withdrawnToken}/acceptance`,
      payload: { password: GOOD_PASSWORD },
    });
    expect(accepted.statusCode).toBe(404);
    const made = await t.deps.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "wim.ingetrokken@coa.test")
      .execute();
    expect(made).toEqual([]);

    t.clock.advance(72 * 3_600_000 + 60_000);
    const expired = await linkAnswer(expiredToken);
    expect(expired.status).toBe(404);
    expect(await linkAnswer(withdrawnToken)).toEqual(expired);
  });

  it("an org admin of COA Zutphen gets 404 for an invitation into COA Ter Apel and nothing changes; twice withdrawn is 404 too", async () => {
    const other = await invite(sysAdmin, {
      email: "nina.terapel@coa.test",
      displayName: "Nina Ter Apel",
      role: "mentor",
      organisationId: terApel,
    });
    const counts = await rowCounter(t.deps.db, kind, ["audit_log", "invitations", "users"]);
    const before = await counts();
    const refused = await withdraw(orgAdmin, other);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(diffCounts(before, await counts())).toEqual([]);
    expect(await openIds(sysAdmin, `?organisationId=${terApel}`)).toContain(other);
    const unknown = await withdraw(orgAdmin, "00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(404);

    expect((await withdraw(sysAdmin, other)).statusCode).toBe(204);
    expect((await withdraw(sysAdmin, other)).statusCode).toBe(404);
  });

  it.each(["mentor", "team_lead", "privacy_officer"])(
    "a %s may not list or withdraw invitations (403)",
    async (role) => {
      const id = await invite(orgAdmin, {
        email: `${role}.probe@coa.test`,
        displayName: "Probe Collega",
        role: "mentor",
      });
      const s = await loginAs(t.app, demoEmail(role));
      const list = await s.request({ method: "GET", url: "/api/admin/invitations" });
      const gone = await withdraw(s, id);
      expect([list.statusCode, gone.statusCode]).toEqual([403, 403]);
      expect(await openIds(orgAdmin)).toContain(id);
    },
  );
});
