import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/**
 * The system admin's dead letters (issue 21): a job that fails its last attempt shows up with
 * its name, attempts and error message — on the engine of the database (pg-boss or the
 * in-process runner) — and every other role gets 403.
 */
describe.each(TEST_DATABASES)("dead letters for the system admin (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.deps.jobs.start(
      t.deps,
      [
        {
          name: "always-fails",
          retryLimit: 0,
          run: async () => {
            throw new Error("SMTP 550 mailbox unavailable");
          },
        },
      ],
      { info: () => undefined, warn: () => undefined, error: () => undefined },
    );
  }, 60_000);
  afterAll(() => t.close());

  it("lists the job that used up its retries", async () => {
    const admin = await loginAs(t.app, demoEmail("system_admin"));
    const empty = await admin.request({ method: "GET", url: "/api/admin/jobs/dead-letters" });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      engine: kind === "postgres" ? "pg-boss" : "in-process",
      items: [],
    });
    await t.deps.jobs.send("always-fails", { youthCount: 1 });
    let items: unknown[] = [];
    const end = Date.now() + 20_000;
    while (items.length === 0 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 250));
      const res = await admin.request({ method: "GET", url: "/api/admin/jobs/dead-letters" });
      items = res.json<{ items: unknown[] }>().items;
    }
    expect(items).toEqual([
      expect.objectContaining({
        name: "always-fails",
        attempts: 1,
        error: "SMTP 550 mailbox unavailable",
      }),
    ]);
    // The job's data never leaves the queue.
    expect(JSON.stringify(items)).not.toContain("youthCount");
  }, 30_000);

  it("is the system admin's only", async () => {
    const orgAdmin = await loginAs(t.app, demoEmail("org_admin"));
    const res = await orgAdmin.request({ method: "GET", url: "/api/admin/jobs/dead-letters" });
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
