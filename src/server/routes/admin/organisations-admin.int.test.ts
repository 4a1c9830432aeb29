import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

interface Org {
  id: string;
  name: string;
  type: string;
  region: string | null;
  active: boolean;
  version: number;
  activeUsers: number;
  youths: number;
}

/**
 * Issue 19: the system admin creates, renames and deactivates organisations. One that still has
 * youths or active users cannot be deactivated, and the answer says why. Every change is an
 * access-log entry naming the organisation; no other role may do any of it.
 */
describe.each(TEST_DATABASES)("organisations administered by the system admin (%s)", (kind) => {
  let t: TestApp;
  let admin: Session;
  const list = async () =>
    (await admin.request({ method: "GET", url: "/api/admin/organisations" })).json<{
      items: Org[];
    }>().items;
  const auditOf = (action: string) =>
    t.deps.db
      .selectFrom("audit_log")
      .select(["actor_id", "record_type", "record_ids", "details", "youth_id"])
      .where("action", "=", action)
      .execute();

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t.app, demoEmail("system_admin"));
  });
  afterAll(() => t.close());

  it("lists every organisation with counts only: no youth's or user's name or address", async () => {
    const res = await admin.request({ method: "GET", url: "/api/admin/organisations" });
    expect(res.statusCode).toBe(200);
    const zutphen = res.json<{ items: Org[] }>().items.find((o) => o.name === "COA Zutphen");
    expect(zutphen).toMatchObject({ type: "coa_location", region: "Oost", active: true });
    expect(zutphen?.youths).toBeGreaterThan(0);
    expect(zutphen?.activeUsers).toBeGreaterThan(0);
    expect(res.body).not.toContain("@demo.inzicht.test");
    expect(res.body).not.toContain("Amir");
  });

  it("creates a school with its type and region, logged with the new id, and refuses a taken name", async () => {
    const res = await admin.request({
      method: "POST",
      url: "/api/admin/organisations",
      payload: { name: "ISK Het Baken Almere", type: "school", region: "Midden" },
    });
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json<Org>();
    expect(org).toMatchObject({ name: "ISK Het Baken Almere", type: "school", active: true });
    expect(org.version).toBe(1);
    const entries = await auditOf("organisation.create");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_id: admin.userId, record_type: "organisation" });
    expect(JSON.parse(entries[0]?.record_ids ?? "[]")).toEqual([org.id]);
    const again = await admin.request({
      method: "POST",
      url: "/api/admin/organisations",
      payload: { name: "isk het baken almere", type: "school" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toContain("application/problem+json");
    const picker = await (
      await loginAs(t.app, demoEmail("mentor"))
    ).request({
      method: "GET",
      url: "/api/organisations",
    });
    expect(picker.body).toContain("ISK Het Baken Almere");
  });

  it("renames with the version it saw; a stale version is a 409 and changes nothing", async () => {
    const org = (await list()).find((o) => o.name === "ISK Het Baken Almere");
    if (!org) throw new Error("no org");
    const renamed = await admin.request({
      method: "PATCH",
      url: `/api/admin/organisations/${org.id}`,
      payload: { version: org.version, name: "ISK Het Baken" },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<Org>()).toMatchObject({ name: "ISK Het Baken", version: 2 });
    const stale = await admin.request({
      method: "PATCH",
      url: `/api/admin/organisations/${org.id}`,
      payload: { version: org.version, name: "ISK Iets Anders" },
    });
    expect(stale.statusCode).toBe(409);
    expect((await list()).find((o) => o.id === org.id)?.name).toBe("ISK Het Baken");
    const entries = await auditOf("organisation.update");
    expect(entries.map((e) => JSON.parse(e.details) as unknown)).toEqual([{ fields: ["name"] }]);
  });

  it("refuses to deactivate COA Zutphen and says why: youths and active users remain", async () => {
    const zutphen = (await list()).find((o) => o.name === "COA Zutphen");
    if (!zutphen) throw new Error("no Zutphen");
    const res = await admin.request({
      method: "POST",
      url: `/api/admin/organisations/${zutphen.id}/deactivation`,
      payload: { version: zutphen.version },
    });
    expect(res.statusCode).toBe(409);
    const problem = res.json<{ code: string; errors: { path: string }[] }>();
    expect(problem.code).toBe("CONFLICT");
    expect(problem.errors.map((e) => e.path).sort()).toEqual(["activeUsers", "youths"]);
    expect((await list()).find((o) => o.id === zutphen.id)?.active).toBe(true);
    expect(await auditOf("organisation.deactivate")).toEqual([]);
  });

  it("deactivates an empty organisation: gone from the pickers, and no youth can be placed there", async () => {
    const org = (await list()).find((o) => o.name === "ISK Het Baken");
    if (!org) throw new Error("no org");
    const res = await admin.request({
      method: "POST",
      url: `/api/admin/organisations/${org.id}/deactivation`,
      payload: { version: org.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Org>()).toMatchObject({ active: false });
    expect(await auditOf("organisation.deactivate")).toHaveLength(1);
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const picker = await mentor.request({ method: "GET", url: "/api/organisations" });
    expect(picker.body).not.toContain("ISK Het Baken");
    const renamed = await admin.request({
      method: "PATCH",
      url: `/api/admin/organisations/${org.id}`,
      payload: { version: 2, name: "ISK Weer Open" },
    });
    expect(renamed.statusCode).toBe(409);
  });

  it.each(["mentor", "team_lead", "org_admin", "privacy_officer", "researcher"])(
    "a %s may not list, create, rename or deactivate organisations (403, nothing changes)",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      const before = (await list()).length;
      const zutphen = (await list()).find((o) => o.name === "COA Zutphen");
      const calls = [
        await s.request({ method: "GET", url: "/api/admin/organisations" }),
        await s.request({
          method: "POST",
          url: "/api/admin/organisations",
          payload: { name: `Nieuw ${role}`, type: "other" },
        }),
        await s.request({
          method: "PATCH",
          url: `/api/admin/organisations/${zutphen?.id ?? ""}`,
          payload: { version: zutphen?.version ?? 1, name: "Gekaapt" },
        }),
      ];
      expect(calls.map((c) => c.statusCode)).toEqual([403, 403, 403]);
      expect((await list()).length).toBe(before);
      expect((await list()).find((o) => o.id === zutphen?.id)?.name).toBe("COA Zutphen");
    },
  );
});
