import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { demoYouthId, userId } from "../../../../test/support/demo-world.js";
import { hashToken } from "../../../db/repositories/token.repository.js";

/**
 * Issue 14 (high and medium): an admin minted a token for a mentor and read dossiers with it;
 * an organisation admin listed and revoked other organisations' tokens. A token now acts for its
 * creator only; an admin's token reaches no dossier; the access log names token and holder; the
 * list and revocation follow the organisation scope of policies.tokenScope.
 */
describe.each(TEST_DATABASES)("API tokens act for their creator only (%s)", (kind) => {
  let t: TestApp;
  let amir: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    amir = await demoYouthId(t.deps, "Amir K.");
  });
  afterAll(() => t.close());

  const mint = (s: Session, payload: Record<string, unknown>) =>
    s.request({ method: "POST", url: "/api/tokens", payload });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it.each(["org_admin", "system_admin"])(
    "a %s cannot mint a token for a mentor (the hostile tester's request)",
    async (role) => {
      const admin = await loginAs(t.app, demoEmail(role));
      const mentorId = await userId(t.deps, demoEmail("mentor"));
      const before = await t.deps.db.selectFrom("api_tokens").select("id").execute();
      const res = await mint(admin, {
        name: "x-koppeling",
        userId: mentorId,
        scopes: ["read", "write"],
        expiresInDays: 365,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const after = await t.deps.db.selectFrom("api_tokens").select("id").execute();
      expect(after).toHaveLength(before.length);
    },
  );

  it.each(["org_admin", "system_admin"])(
    "a %s's own token reaches no dossier: the youths list is 403, a youth is 404",
    async (role) => {
      const admin = await loginAs(t.app, demoEmail(role));
      const res = await mint(admin, {
        name: "Beheerkoppeling",
        scopes: ["read", "write"],
        expiresInDays: 30,
      });
      expect(res.statusCode).toBe(201);
      const auth = bearer(res.json<{ token: string }>().token);
      const list = await t.app.inject({ method: "GET", url: "/api/youths", headers: auth });
      expect(list.statusCode).toBe(403);
      const one = await t.app.inject({ method: "GET", url: `/api/youths/${amir}`, headers: auth });
      expect(one.statusCode).toBe(404);
      const signals = await t.app.inject({
        method: "GET",
        url: `/api/youths/${amir}/signals`,
        headers: auth,
      });
      expect(signals.statusCode).toBe(404);
    },
  );

  it("an admin who is also a mentor reaches dossiers with a session, never with a token", async () => {
    const email = demoEmail("org_admin");
    await t.deps.db
      .updateTable("users")
      .set({ roles: JSON.stringify(["org_admin", "mentor"]) })
      .where("email", "=", email)
      .execute();
    try {
      const admin = await loginAs(t.app, email);
      const adminId = await userId(t.deps, email);
      await t.deps.db
        .updateTable("circle_members")
        .set({ user_id: adminId })
        .where("youth_id", "=", amir)
        .where("relation", "=", "mentor")
        .where("ended_at", "is", null)
        .execute();
      expect((await admin.request({ method: "GET", url: `/api/youths/${amir}` })).statusCode).toBe(
        200,
      );
      const res = await mint(admin, { name: "Dubbelrol", scopes: ["read"], expiresInDays: 1 });
      const auth = bearer(res.json<{ token: string }>().token);
      const one = await t.app.inject({ method: "GET", url: `/api/youths/${amir}`, headers: auth });
      expect(one.statusCode).toBe(404);
    } finally {
      const mentorId = await userId(t.deps, demoEmail("mentor"));
      const adminId = await userId(t.deps, email);
      await t.deps.db
        .updateTable("circle_members")
        .set({ user_id: mentorId })
        .where("user_id", "=", adminId)
        .execute();
      await t.deps.db
        .updateTable("users")
        .set({ roles: JSON.stringify(["org_admin"]) })
        .where("email", "=", email)
        .execute();
    }
  });

  it("a mentor's token acts for the mentor, and the access log names the token and the mentor", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const res = await mint(mentor, { name: "Rapportage", scopes: ["read"], expiresInDays: 30 });
    expect(res.statusCode).toBe(201);
    const { token, id } = res.json<{ token: string; id: string }>();
    const row = await t.deps.db
      .selectFrom("api_tokens")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect([row.user_id, row.created_by]).toEqual([mentor.userId, mentor.userId]);
    const read = await t.app.inject({
      method: "GET",
      url: `/api/youths/${amir}`,
      headers: bearer(token),
    });
    expect(read.statusCode).toBe(200);
    const entry = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("youth_id", "=", amir)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(mentor.userId);
    expect(entry.client).toContain(`api-token ${id}`);
  });

  it("a token cannot mint tokens", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const res = await mint(mentor, { name: "Schrijver", scopes: ["write"], expiresInDays: 1 });
    const again = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: bearer(res.json<{ token: string }>().token),
      payload: { name: "Kind van een token", scopes: ["read"], expiresInDays: 1 },
    });
    expect(again.statusCode).toBe(403);
  });

  it("a token minted for another person before this fix no longer authenticates", async () => {
    const adminId = await userId(t.deps, demoEmail("system_admin"));
    const mentorId = await userId(t.deps, demoEmail("mentor"));
    const token = "izt_legacy-token-minted-by-an-admin-for-a-mentor-0001";
    await t.deps.db
      .insertInto("api_tokens")
      .values({
        id: "7d2b6a57-0c1e-4f7a-9b55-0a1b2c3d4e5f",
        token_hash: hashToken(token),
        name: "Oud",
        user_id: mentorId,
        scopes: JSON.stringify(["read", "write"]),
        expires_at: new Date(Date.now() + 86_400_000 * 300).toISOString(),
        created_by: adminId,
        created_at: new Date().toISOString(),
        revoked_at: null,
      })
      .execute();
    const res = await t.app.inject({ method: "GET", url: "/api/youths", headers: bearer(token) });
    expect(res.statusCode).toBe(401);
  });

  it("an org admin of COA Zutphen neither lists nor revokes Ter Apel users' tokens", async () => {
    const terApel = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
    const zutphen = await loginAs(t.app, demoEmail("mentor"));
    const far = await mint(terApel, {
      name: "Ter Apel koppeling",
      scopes: ["read"],
      expiresInDays: 5,
    });
    const near = await mint(zutphen, {
      name: "Zutphen koppeling",
      scopes: ["read"],
      expiresInDays: 5,
    });
    const farId = far.json<{ id: string }>().id;
    const nearId = near.json<{ id: string }>().id;
    const orgAdmin = await loginAs(t.app, demoEmail("org_admin"));

    const listed = (await orgAdmin.request({ method: "GET", url: "/api/tokens" })).json<{
      items: { id: string }[];
    }>();
    const ids = listed.items.map((i) => i.id);
    expect(ids).toContain(nearId);
    expect(ids).not.toContain(farId);

    const revokeFar = await orgAdmin.request({
      method: "POST",
      url: `/api/tokens/${farId}/revoke`,
    });
    expect(revokeFar.statusCode).toBe(404);
    const stillThere = await t.deps.db
      .selectFrom("api_tokens")
      .select("revoked_at")
      .where("id", "=", farId)
      .executeTakeFirstOrThrow();
    expect(stillThere.revoked_at).toBeNull();
    expect(
      (await orgAdmin.request({ method: "POST", url: `/api/tokens/${nearId}/revoke` })).statusCode,
    ).toBe(204);

    // The system admin sees every token; a mentor sees only their own.
    const all = (
      await (
        await loginAs(t.app, demoEmail("system_admin"))
      ).request({
        method: "GET",
        url: "/api/tokens",
      })
    ).json<{ items: { id: string }[] }>();
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([farId, nearId]));
    const own = (await terApel.request({ method: "GET", url: "/api/tokens" })).json<{
      items: { id: string; user: { id: string } }[];
    }>();
    expect(own.items.every((i) => i.user.id === terApel.userId)).toBe(true);
    expect(own.items.map((i) => i.id)).toContain(farId);
    // A mentor cannot revoke a colleague's token either.
    expect(
      (await zutphen.request({ method: "POST", url: `/api/tokens/${farId}/revoke` })).statusCode,
    ).toBe(404);
  });
});
