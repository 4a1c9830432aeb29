import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildYouth, registerYouthAs } from "../../../../test/factories.js";
import { demoYouthId, userId } from "../../../../test/support/demo-world.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import {
  sendingThrough,
  startSmtpSink,
  TEST_PUBLIC_URL,
} from "../../../../test/support/smtp-sink.js";
import { deliverOutbox } from "../../../services/mail/deliver-outbox.js";
import { DEMO_PASSWORD } from "../../../services/demo/demo-organisations.js";
import { countRecoveryCodesLeft } from "../../../db/repositories/recovery-code.repository.js";
import { createUser } from "../../../services/users/create-user.js";
import { systemContext } from "../../../services/system-context.js";
import type { AdminAccount, AdminAccountCircles } from "../../../shared/user-admin.schema.js";

/**
 * Issue 19, user administration: an org admin manages the accounts of their own organisation
 * (another organisation's answer 404, like a youth out of reach), a system admin all of them.
 * Deactivating ends sessions and tokens at once, ends circle memberships (kept in history) and
 * needs a successor wherever the account is a youth's only mentor or guardian; the location's
 * team lead is told. Every admin action is an access-log entry naming the account.
 */
describe.each(TEST_DATABASES)("user administration (%s)", (kind) => {
  let t: TestApp;
  let orgAdmin: Session;
  let sysAdmin: Session;
  let zutphen: string;
  let leaverId: string;
  let successorId: string;
  let ownYouth: string;
  let amir: string;

  const auditOf = (action: string) =>
    t.deps.db
      .selectFrom("audit_log")
      .select(["actor_id", "outcome", "record_type", "record_ids", "details", "youth_id"])
      .where("action", "=", action)
      .orderBy("seq")
      .execute();
  const account = async (id: string) =>
    (await orgAdmin.request({ method: "GET", url: `/api/admin/users/${id}` })).json<AdminAccount>();
  const circles = async (id: string) =>
    (
      await orgAdmin.request({ method: "GET", url: `/api/admin/users/${id}/circles` })
    ).json<AdminAccountCircles>();

  beforeAll(async () => {
    t = await createTestApp(kind);
    orgAdmin = await loginAs(t.app, demoEmail("org_admin"));
    sysAdmin = await loginAs(t.app, demoEmail("system_admin"));
    const org = await t.deps.db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "COA Zutphen")
      .executeTakeFirstOrThrow();
    zutphen = org.id;
    const ctx = systemContext(t.clock.now, "test");
    const make = (email: string, displayName: string) =>
      createUser(t.deps, ctx, {
        email,
        displayName,
        roles: ["mentor"],
        organisationId: zutphen,
        password: DEMO_PASSWORD,
      });
    leaverId = await make("lotte.leaver@zutphen.test", "Lotte Vertrek");
    successorId = await make("bram.opvolger@zutphen.test", "Bram Opvolger");
    const lotte = await loginAs(t.app, "lotte.leaver@zutphen.test");
    ownYouth = await registerYouthAs(lotte, buildYouth(zutphen, { displayName: "Zara Geheim" }));
    amir = await demoYouthId(t.deps, "Amir K.");
    const sanne = await loginAs(t.app, demoEmail("mentor"));
    const added = await sanne.request({
      method: "POST",
      url: `/api/youths/${amir}/circle`,
      payload: { userId: leaverId, relation: "mentor" },
    });
    expect(added.statusCode, added.body).toBe(201);
  });
  afterAll(() => t.close());

  it("an org admin lists only their own organisation's accounts, searches and pages them, and the page is logged by id", async () => {
    const res = await orgAdmin.request({ method: "GET", url: "/api/admin/users" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ items: AdminAccount[]; total: number }>();
    expect(body.items.every((a) => a.organisation.id === zutphen)).toBe(true);
    expect(body.items.map((a) => a.email)).toEqual(
      expect.arrayContaining([
        demoEmail("mentor"),
        demoEmail("team_lead"),
        "lotte.leaver@zutphen.test",
      ]),
    );
    expect(res.body).not.toContain(demoEmail("guardian"));
    expect(res.body).not.toContain("password");
    const search = await orgAdmin.request({ method: "GET", url: "/api/admin/users?q=OPVOLGER" });
    expect(search.json<{ items: AdminAccount[] }>().items.map((a) => a.id)).toEqual([successorId]);
    const leads = await orgAdmin.request({ method: "GET", url: "/api/admin/users?role=team_lead" });
    expect(leads.json<{ items: AdminAccount[] }>().items.map((a) => a.email)).toEqual([
      demoEmail("team_lead"),
    ]);
    const first = await orgAdmin.request({ method: "GET", url: "/api/admin/users?limit=2" });
    const page1 = first.json<{ items: AdminAccount[]; nextCursor: string | null }>();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toBe(page1.items[1]?.id);
    const next = await orgAdmin.request({
      method: "GET",
      url: `/api/admin/users?limit=2&cursor=${page1.nextCursor ?? ""}`,
    });
    expect(next.json<{ items: AdminAccount[] }>().items[0]?.id).not.toBe(page1.items[0]?.id);
    const logged = await auditOf("user.list");
    expect(logged.length).toBeGreaterThanOrEqual(5);
    expect(logged.every((e) => !e.details.includes("OPVOLGER"))).toBe(true);
    const all = await sysAdmin.request({ method: "GET", url: "/api/admin/users?limit=200" });
    expect(all.body).toContain(demoEmail("guardian"));
  });

  it("an org admin of COA Zutphen gets 404 for another organisation's account on every route, logged; the system admin does not", async () => {
    const guardian = await userId(t.deps, demoEmail("guardian"));
    const before = (await auditOf("user.denied")).length;
    const calls = [
      await orgAdmin.request({ method: "GET", url: `/api/admin/users/${guardian}` }),
      await orgAdmin.request({ method: "GET", url: `/api/admin/users/${guardian}/circles` }),
      await orgAdmin.request({
        method: "PATCH",
        url: `/api/admin/users/${guardian}/roles`,
        payload: { version: 1, roles: ["guardian", "trainer"] },
      }),
      await orgAdmin.request({
        method: "POST",
        url: `/api/admin/users/${guardian}/deactivation`,
        payload: { version: 1 },
      }),
      await orgAdmin.request({
        method: "POST",
        url: `/api/admin/users/${guardian}/reactivation`,
        payload: { version: 1 },
      }),
      await orgAdmin.request({
        method: "POST",
        url: `/api/admin/users/${guardian}/second-factor-reset`,
        payload: { version: 1 },
      }),
    ];
    expect(calls.map((c) => c.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    const unknown = await orgAdmin.request({
      method: "GET",
      url: "/api/admin/users/00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ detail: string }>().detail).toBe(
      calls[0]?.json<{ detail: string }>().detail,
    );
    const denied = (await auditOf("user.denied")).slice(before);
    expect(denied).toHaveLength(7);
    expect(denied[0]).toMatchObject({ actor_id: orgAdmin.userId, outcome: "denied" });
    expect(JSON.parse(denied[0]?.record_ids ?? "[]")).toEqual([guardian]);
    const asSystem = await sysAdmin.request({ method: "GET", url: `/api/admin/users/${guardian}` });
    expect(asSystem.statusCode).toBe(200);
    expect(
      (
        await t.deps.db
          .selectFrom("users")
          .select("status")
          .where("id", "=", guardian)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("active");
  });

  it("lists the leaver's circles by youth code and location only, and asks a successor where they are the only mentor", async () => {
    const res = await orgAdmin.request({
      method: "GET",
      url: `/api/admin/users/${leaverId}/circles`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain("Zara");
    expect(res.body).not.toContain("Amir");
    const c = res.json<AdminAccountCircles>();
    const own = c.items.find((i) => i.youthId === ownYouth);
    const shared = c.items.find((i) => i.youthId === amir);
    expect(own).toMatchObject({
      relation: "mentor",
      needsSuccessor: true,
      location: { name: "COA Zutphen" },
    });
    expect(own?.youthCode).toBe(ownYouth.slice(0, 8).toUpperCase());
    // Amir keeps Sanne as mentor: no successor needed there.
    expect(shared).toMatchObject({ relation: "mentor", needsSuccessor: false });
    const names = (c.candidates.mentor ?? []).map((p) => p.displayName);
    expect(names).toEqual(expect.arrayContaining(["Bram Opvolger", "Sanne de Vries"]));
    expect(names).not.toContain("Lotte Vertrek");
  });

  it("refuses to deactivate without a successor for a youth left without a mentor, and changes nothing", async () => {
    const lotte = await loginAs(t.app, "lotte.leaver@zutphen.test");
    const { version } = await account(leaverId);
    const res = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${leaverId}/deactivation`,
      payload: { version },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      `successors.${ownYouth}`,
    ]);
    const wrong = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${leaverId}/deactivation`,
      payload: { version, successors: [{ youthId: ownYouth, successorId: orgAdmin.userId }] },
    });
    expect(wrong.statusCode).toBe(400);
    expect((await account(leaverId)).status).toBe("active");
    expect((await lotte.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(200);
    expect(await auditOf("user.deactivate")).toEqual([]);
  });

  it("deactivates with a successor: session and token stop at once, memberships end, the successor takes over, the team lead is told, all logged", async () => {
    const lotte = await loginAs(t.app, "lotte.leaver@zutphen.test");
    const created = await lotte.request({
      method: "POST",
      url: "/api/tokens",
      payload: { name: "Koppeling", scopes: ["read"], expiresInDays: 30 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const bearer = { authorization: `Bearer ${created.json<{ token: string }>().token}` };
    expect(
      (await t.app.inject({ method: "GET", url: "/api/youths", headers: bearer })).statusCode,
    ).toBe(200);
    const { version } = await account(leaverId);
    const res = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${leaverId}/deactivation`,
      payload: { version, successors: [{ youthId: ownYouth, successorId }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AdminAccount>()).toMatchObject({ status: "deactivated", version: version + 1 });
    expect((await lotte.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/youths", headers: bearer })).statusCode,
    ).toBe(401);
    const relogin = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "lotte.leaver@zutphen.test", password: DEMO_PASSWORD },
    });
    expect(relogin.statusCode).toBe(401);

    const members = await t.deps.db
      .selectFrom("circle_members")
      .select(["youth_id", "user_id", "relation", "ended_at", "ended_by"])
      .where("youth_id", "in", [ownYouth, amir])
      .where("user_id", "in", [leaverId, successorId])
      .execute();
    expect(members.filter((m) => m.user_id === leaverId).every((m) => m.ended_at !== null)).toBe(
      true,
    );
    expect(members.filter((m) => m.user_id === leaverId)).toHaveLength(2);
    expect(members.filter((m) => m.user_id === successorId)).toEqual([
      {
        youth_id: ownYouth,
        user_id: successorId,
        relation: "mentor",
        ended_at: null,
        ended_by: null,
      },
    ]);
    expect((await circles(leaverId)).items).toEqual([]);

    const lead = await userId(t.deps, demoEmail("team_lead"));
    const notes = await t.deps.db
      .selectFrom("notifications")
      .select(["user_id", "youth_id", "kind"])
      .where("kind", "in", ["circle_member_deactivated", "circle_successor"])
      .execute();
    expect(notes).toEqual(
      expect.arrayContaining([
        { user_id: lead, youth_id: ownYouth, kind: "circle_member_deactivated" },
        { user_id: lead, youth_id: amir, kind: "circle_member_deactivated" },
        { user_id: successorId, youth_id: ownYouth, kind: "circle_successor" },
      ]),
    );
    expect(notes).toHaveLength(3);

    const [entry] = await auditOf("user.deactivate");
    expect(entry).toMatchObject({ actor_id: orgAdmin.userId, record_type: "user", outcome: "ok" });
    expect(JSON.parse(entry?.record_ids ?? "[]")).toEqual([leaverId]);
    // Lotte logged in three times in this file (set-up, the refused attempt, this test).
    expect(JSON.parse(entry?.details ?? "{}")).toEqual({
      sessionsEnded: 3,
      tokensRevoked: 1,
      circlesEnded: 2,
      successors: 1,
    });
    const removed = (await auditOf("circle.remove")).filter((e) => e.actor_id === orgAdmin.userId);
    expect(removed.map((e) => e.youth_id).sort()).toEqual([ownYouth, amir].sort());
    const addedEntries = (await auditOf("circle.add")).filter(
      (e) => e.actor_id === orgAdmin.userId,
    );
    expect(addedEntries.map((e) => e.youth_id)).toEqual([ownYouth]);

    // The privacy officer finds the admin's actions in the access log by the admin.
    const officer = await loginAs(t.app, demoEmail("privacy_officer"));
    const log = await officer.request({
      method: "GET",
      url: `/api/audit?userId=${orgAdmin.userId}&action=user.deactivate`,
    });
    expect(log.statusCode, log.body).toBe(200);
    expect(log.body).toContain(leaverId);
  });

  it("reactivates: the person logs in again; ended memberships stay ended", async () => {
    const { version, status } = await account(leaverId);
    expect(status).toBe("deactivated");
    const stale = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${leaverId}/reactivation`,
      payload: { version: version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    const res = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${leaverId}/reactivation`,
      payload: { version },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AdminAccount>().status).toBe("active");
    await loginAs(t.app, "lotte.leaver@zutphen.test");
    expect((await circles(leaverId)).items).toEqual([]);
    expect(await auditOf("user.reactivate")).toHaveLength(1);
  });

  it("changes roles with the version it saw; never system admin, never a role still used in a circle", async () => {
    const bram = await account(successorId);
    const grant = await orgAdmin.request({
      method: "PATCH",
      url: `/api/admin/users/${successorId}/roles`,
      payload: { version: bram.version, roles: ["mentor", "system_admin"] },
    });
    expect(grant.statusCode).toBe(400);
    const inUse = await orgAdmin.request({
      method: "PATCH",
      url: `/api/admin/users/${successorId}/roles`,
      payload: { version: bram.version, roles: ["trainer"] },
    });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      "circles.mentor",
    ]);
    const ok = await orgAdmin.request({
      method: "PATCH",
      url: `/api/admin/users/${successorId}/roles`,
      payload: { version: bram.version, roles: ["mentor", "trainer"] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<AdminAccount>().roles).toEqual(["mentor", "trainer"]);
    const stale = await orgAdmin.request({
      method: "PATCH",
      url: `/api/admin/users/${successorId}/roles`,
      payload: { version: bram.version, roles: ["mentor"] },
    });
    expect(stale.statusCode).toBe(409);
    const self = await orgAdmin.request({
      method: "PATCH",
      url: `/api/admin/users/${orgAdmin.userId}/roles`,
      payload: { version: 1, roles: ["org_admin", "mentor"] },
    });
    expect(self.statusCode).toBe(409);
    const entries = await auditOf("user.roles_change");
    expect(entries.map((e) => JSON.parse(e.details) as unknown)).toEqual([
      { added: ["trainer"], removed: [] },
    ]);
  });

  it("resets a user's 2FA: logged, sessions end, the user is notified and logs in without the old factor", async () => {
    const bram = await loginAs(t.app, "bram.opvolger@zutphen.test");
    const setup = await bram.request({
      method: "POST",
      url: "/api/auth/totp/setup",
      payload: { password: DEMO_PASSWORD },
    });
    const secret = setup.json<{ secret: string }>().secret;
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: t.clock.now.getTime(),
    });
    const confirmed = await bram.request({
      method: "POST",
      url: "/api/auth/totp/confirm",
      payload: { totp: code },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const [recovery = ""] = confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes;
    const before = await account(successorId);
    expect(before.twoFactor).toBe(true);
    const res = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${successorId}/second-factor-reset`,
      payload: { version: before.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AdminAccount>().twoFactor).toBe(false);
    expect((await bram.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "bram.opvolger@zutphen.test", password: DEMO_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    expect(await countRecoveryCodesLeft(t.deps.db, successorId)).toBe(0);
    expect(recovery).not.toBe("");
    const note = await t.deps.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", successorId)
      .where("kind", "=", "second_factor_reset")
      .execute();
    expect(note).toHaveLength(1);
    // The person is told by mail, over real SMTP, whatever their notice settings.
    const sink = await startSmtpSink();
    try {
      await deliverOutbox(sendingThrough(t.deps, sink), { limit: 50 });
      const mails = sink.received.filter((m) => m.to.includes("bram.opvolger@zutphen.test"));
      expect(mails.map((m) => m.subject)).toEqual([
        "Je tweestapsverificatie voor InZicht is uitgezet",
      ]);
      expect(mails[0]?.text).toContain(`${TEST_PUBLIC_URL}/settings/security`);
    } finally {
      await sink.close();
    }
    const [entry] = await auditOf("user.second_factor_reset");
    expect(entry).toMatchObject({ actor_id: orgAdmin.userId, record_type: "user" });
    expect(JSON.parse(entry?.record_ids ?? "[]")).toEqual([successorId]);
    const twice = await orgAdmin.request({
      method: "POST",
      url: `/api/admin/users/${successorId}/second-factor-reset`,
      payload: { version: before.version + 1 },
    });
    expect(twice.statusCode).toBe(409);
  });

  it.each(["mentor", "team_lead", "privacy_officer", "researcher", "trainer"])(
    "a %s may not list or change accounts (403)",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      const calls = [
        await s.request({ method: "GET", url: "/api/admin/users" }),
        await s.request({ method: "GET", url: `/api/admin/users/${successorId}` }),
        await s.request({
          method: "POST",
          url: `/api/admin/users/${successorId}/deactivation`,
          payload: { version: 1 },
        }),
      ];
      expect(calls.map((c) => c.statusCode)).toEqual([403, 403, 403]);
    },
  );
});
