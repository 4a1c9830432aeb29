import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSecondInstance,
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { demoYouthId } from "../../../../test/support/demo-world.js";
import { ACCESS_ATTEMPT_LIMIT } from "../../../services/circle/access-attempts.js";

/**
 * Issue 14 (low): asking for access and breaking the glass answer 201/409 for a real youth out of
 * reach and 404 for a made-up id — an existence check by design. It is limited per user, in the
 * database (so a second instance counts the same attempts), and every attempt is logged.
 */
describe.each(TEST_DATABASES)("access requests as an existence check (%s)", (kind) => {
  let t: TestApp;
  let hamid: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    hamid = await demoYouthId(t.deps, "Hamid N.");
  });
  afterAll(() => t.close());

  const lastSeq = async () =>
    (
      await t.deps.db
        .selectFrom("audit_log")
        .select("seq")
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirst()
    )?.seq ?? 0;
  const entriesAfter = (seq: number) =>
    t.deps.db
      .selectFrom("audit_log")
      .select(["action", "outcome", "youth_id", "actor_id", "details"])
      .where("seq", ">", seq)
      .orderBy("seq")
      .execute();
  const ask = (s: Session, youthId: string) =>
    s.request({
      method: "POST",
      url: `/api/youths/${youthId}/access-requests`,
      payload: { reason: "Jongere komt naar onze regio voor begeleiding." },
    });
  const breakGlass = (s: Session, youthId: string) =>
    s.request({
      method: "POST",
      url: `/api/youths/${youthId}/emergency-access`,
      payload: { reason: "Acute zorg gemeld door de politie, mentor niet bereikbaar." },
    });

  it("every attempt leaves one access-log entry: accepted, pending, already in, made up", async () => {
    const coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    const mentor = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
    const cases: [string, () => Promise<{ statusCode: number }>, number, string, string][] = [
      ["a real youth out of reach", () => ask(coordinator, hamid), 201, "access.request", "ok"],
      ["the same again (pending)", () => ask(coordinator, hamid), 409, "access.request", "denied"],
      ["a youth in their own circle", () => ask(mentor, hamid), 409, "access.request", "denied"],
      ["a made-up id", () => ask(coordinator, randomUUID()), 404, "youth.denied", "denied"],
      [
        "emergency, made-up id",
        () => breakGlass(mentor, randomUUID()),
        404,
        "youth.denied",
        "denied",
      ],
      ["emergency as a member", () => breakGlass(mentor, hamid), 403, "access.emergency", "denied"],
    ];
    for (const [what, send, status, action, outcome] of cases) {
      const seq = await lastSeq();
      const res = await send();
      expect(res.statusCode, what).toBe(status);
      const entries = await entriesAfter(seq);
      expect(
        entries.map((e) => [e.action, e.outcome]),
        what,
      ).toEqual([[action, outcome]]);
    }
  });

  it("over the limit the answer is 429 for a real youth and a made-up id alike, logged, and per user", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const other = await loginAs(t.app, "team_lead.terapel@demo.inzicht.test");
    for (let i = 0; i < ACCESS_ATTEMPT_LIMIT.attempts; i++) {
      const res = await (i % 2 === 0 ? ask(lead, randomUUID()) : breakGlass(lead, randomUUID()));
      expect(res.statusCode, `attempt ${i + 1}`).toBe(404);
    }
    for (const youthId of [hamid, randomUUID()]) {
      const seq = await lastSeq();
      const res = await ask(lead, youthId);
      expect(res.statusCode).toBe(429);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({ code: "RATE_LIMITED" });
      const entries = await entriesAfter(seq);
      expect(entries.map((e) => [e.action, e.outcome, e.youth_id])).toEqual([
        ["access.request", "denied", youthId],
      ]);
      expect(entries[0]?.details).toContain("rate_limited");
    }
    expect((await breakGlass(lead, hamid)).statusCode).toBe(429);
    // Nothing was created over the limit.
    const requests = await t.deps.db
      .selectFrom("access_requests")
      .select("id")
      .where("requester_id", "=", lead.userId)
      .execute();
    expect(requests).toEqual([]);
    // Another user has their own budget.
    expect((await ask(other, randomUUID())).statusCode).toBe(404);

    // The limit is in the database: a second instance counts the same attempts.
    const second = await createSecondInstance(t);
    try {
      const again = await loginAs(second.app, demoEmail("team_lead"));
      expect((await ask(again, randomUUID())).statusCode).toBe(429);
    } finally {
      await second.close();
    }

    // After the window, the user may ask again.
    t.clock.advance(ACCESS_ATTEMPT_LIMIT.windowMinutes * 60_000 + 1000);
    const later = await loginAs(t.app, demoEmail("team_lead"));
    expect((await ask(later, randomUUID())).statusCode).toBe(404);
  });
});
