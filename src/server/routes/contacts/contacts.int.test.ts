import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../../../domain/roles.js";
import { diffCounts, rowCounter } from "../../../../test/support/row-counts.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import type { ContactCheckList, ContactCheckView } from "../../../shared/contacts.schema.js";

const NOW = new Date("2026-12-07T10:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

describe.each(TEST_DATABASES)("sociale kaart checks (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: new Date(NOW) });
  });
  afterAll(() => t.close());

  const list = async () =>
    (await t.app.inject({ method: "GET", url: "/api/contact-checks" })).json<ContactCheckList>();
  const mark = async (role: string, contactId: string) => {
    const s = await loginAs(t.app, demoEmail(role));
    return s.request({ method: "POST", url: `/api/contact-checks/${contactId}`, payload: {} });
  };

  it("before anyone checked, no entry has a check date", async () => {
    expect((await list()).checks).toEqual([]);
  });

  it("a trainer marks an entry as checked: their name, their organisation, today, one audit entry", async () => {
    const trainer = await t.deps.db
      .selectFrom("users as u")
      .innerJoin("organisations as o", "o.id", "u.organisation_id")
      .select(["u.id", "u.display_name", "o.name as org"])
      .where("u.email", "=", demoEmail("trainer"))
      .executeTakeFirstOrThrow();
    const res = await mark("trainer", "keerpunt");
    expect(res.statusCode).toBe(201);
    expect(res.json<ContactCheckView>()).toEqual({
      contactId: "keerpunt",
      checkedOn: "2026-12-07",
      checkedBy: { name: trainer.display_name, organisation: trainer.org },
      status: "recent",
      recentUntil: "2027-06-07",
    });
    const audit = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "contact.check")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: trainer.id, outcome: "ok", youth_id: null });
    expect(JSON.parse(String(audit[0]?.details))).toEqual({
      contactId: "keerpunt",
      checkedOn: "2026-12-07",
    });
    const shown = await list();
    expect(shown.checks.map((c) => [c.contactId, c.checkedBy.name, c.status])).toEqual([
      ["keerpunt", trainer.display_name, "recent"],
    ]);
  });

  it("an org admin may mark an entry too; the newest check is the one shown", async () => {
    t.clock.advance(DAY);
    expect((await mark("org_admin", "keerpunt")).statusCode).toBe(201);
    const shown = await list();
    expect(shown.checks).toHaveLength(1);
    expect(shown.checks[0]).toMatchObject({ checkedOn: "2026-12-08", status: "recent" });
    const rows = await t.deps.db.selectFrom("contact_checks").selectAll().execute();
    expect(rows).toHaveLength(2);
  });

  it("after six months the entry shows as not recently checked", async () => {
    t.clock.advance(183 * DAY);
    const shown = await list();
    expect(shown.checks[0]).toMatchObject({ contactId: "keerpunt", status: "not_recent" });
  });

  it.each(ROLES.filter((r) => r !== "trainer" && r !== "org_admin"))(
    "a %s cannot mark an entry as checked, and nothing changes but the refusal",
    async (role) => {
      const counts = await rowCounter(t.deps.db, kind, ["audit_log", "sessions", "users"]);
      const before = await counts();
      const res = await mark(role, "veilig-thuis");
      expect(res.statusCode).toBe(403);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(diffCounts(before, await counts())).toEqual([]);
    },
  );

  it("without a session the check is refused (401)", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/contact-checks/veilig-thuis",
      payload: {},
    });
    expect(res.statusCode).toBe(401);
  });

  it("an unknown contact is a 404, and a made-up name or date in the body is a 400", async () => {
    expect((await mark("trainer", "does-not-exist")).statusCode).toBe(404);
    const s = await loginAs(t.app, demoEmail("trainer"));
    for (const payload of [{ checkerName: "Iemand Anders" }, { checkedOn: "2025-11-24" }]) {
      const res = await s.request({
        method: "POST",
        url: "/api/contact-checks/veilig-thuis",
        payload,
      });
      expect(res.statusCode).toBe(400);
    }
  });

  it("a stored check without a named checker is never shown with a date", async () => {
    const user = await t.deps.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", demoEmail("trainer"))
      .executeTakeFirstOrThrow();
    await t.deps.db
      .insertInto("contact_checks")
      .values({
        id: "00000000-0000-4000-8000-0000000000c1",
        contact_id: "nidos",
        checked_by: user.id,
        checker_name: "  ",
        checker_organisation: "",
        checked_on: "2026-12-01",
        recorded_at: t.clock.now.toISOString(),
      })
      .execute();
    const shown = await list();
    expect(shown.checks.find((c) => c.contactId === "nidos")).toBeUndefined();
    expect(shown.checks.every((c) => c.checkedBy.name.trim().length > 0)).toBe(true);
  });
});
