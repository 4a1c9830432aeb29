import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/**
 * Issue 14 (low): GET /api/professionals gave every role everyone's name, e-mail, role and
 * organisation. Now only the roles that add people to a circle or pick a new mentor on a
 * relocation get it, and only what the picker shows.
 */
describe.each(TEST_DATABASES)("the professionals directory (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it.each(["mentor", "guardian", "care_coordinator", "team_lead"])(
    "a %s gets id, name, casework roles and organisation — no e-mail address",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      const res = await s.request({ method: "GET", url: "/api/professionals?limit=200" });
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: Record<string, unknown>[] }>().items;
      expect(items.length).toBeGreaterThan(3);
      for (const item of items)
        expect(Object.keys(item).sort()).toEqual(["id", "name", "organisation", "roles"]);
      expect(res.body).not.toContain("@demo.inzicht.test");
    },
  );

  it.each(["school", "privacy_officer", "trainer", "researcher", "org_admin", "system_admin"])(
    "a %s is refused with 403 problem+json",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      const res = await s.request({ method: "GET", url: "/api/professionals" });
      expect(res.statusCode).toBe(403);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.body).not.toContain("@demo.inzicht.test");
    },
  );

  it("a search by e-mail matches only the whole address, so it cannot spell addresses out", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    const part = await s.request({ method: "GET", url: "/api/professionals?q=demo.inzicht" });
    expect(part.json<{ items: unknown[] }>().items).toEqual([]);
    const whole = await s.request({
      method: "GET",
      url: `/api/professionals?q=${encodeURIComponent(demoEmail("guardian"))}`,
    });
    expect(whole.json<{ items: { roles: string[] }[] }>().items).toMatchObject([
      { roles: ["guardian"] },
    ]);
  });
});
