import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgId } from "../../../../test/factories.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import {
  auditActions,
  CONSULT,
  INFORM,
  newYouthWithCircle,
  NOW,
  openTraject,
  postStep,
  SAFE,
  TODAY,
  WEIGH,
} from "../../../../test/steps-helpers.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { countOverdueReviews } from "../../../db/repositories/review.repository.js";
import { sendReviewReminders } from "../../../services/steps/send-review-reminders.js";

describe.each(TEST_DATABASES)("trajects and steps (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let guardian: Session;
  let coordinator: Session;
  let zutphen: string;

  const newYouth = () => newYouthWithCircle(mentor, zutphen);
  const open = openTraject;
  const traject = async (s: Session, youthId: string, trajectId: string) =>
    (await s.request({ method: "GET", url: `/api/youths/${youthId}/trajects/${trajectId}` })).json<{
      status: string;
      version: number;
      suggestion: { outcome: string } | null;
      steps: { id: string; step: string; draft: boolean; what: Record<string, unknown> }[];
      reviews: { id: string; version: number; dueAt: string; doneAt: string | null }[];
    }>();
  const step = postStep;
  const level = async (youthId: string) =>
    (
      await t.deps.db
        .selectFrom("youths")
        .select("level")
        .where("id", "=", youthId)
        .executeTakeFirstOrThrow()
    ).level;
  const actions = (youthId: string) => auditActions(t, youthId);

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    guardian = await loginAs(t.app, demoEmail("guardian"));
    coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
  });
  afterAll(() => t.close());

  it("the circle walks the seven steps; every change and read is in the access log", async () => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    let v = tr.version;
    const walk: [Session, string, Record<string, unknown>, string?][] = [
      [mentor, "safety_check", SAFE],
      [coordinator, "consult", CONSULT],
      [mentor, "inform_youth", INFORM],
      [guardian, "weigh", WEIGH],
      [
        guardian,
        "decide",
        {
          decisions: ["report_veilig_thuis", "register_comensha"],
          decidedOn: TODAY,
          nonPunishmentNoted: true,
        },
      ],
      [
        mentor,
        "monitor",
        {
          safetyAgreements: "Elke avond even contact.",
          nextReviewOn: "2026-12-06",
          reviewResponsibleId: mentor.userId,
        },
      ],
    ];
    const states: string[] = [];
    for (const [who, kindOfStep, what] of walk) {
      const res = await step(who, youthId, tr.id, {
        step: kindOfStep,
        draft: false,
        what,
        trajectVersion: v,
      });
      expect(res.statusCode, res.body).toBe(201);
      states.push(res.json().trajectStatus);
      v += 1;
    }
    expect(states).toEqual(["consult", "inform_youth", "weigh", "decide", "monitor", "monitor"]);
    const view = await traject(guardian, youthId, tr.id);
    expect(view.suggestion?.outcome).toBe("report_veilig_thuis");
    expect(view.steps.map((s) => s.step)).toEqual([
      "safety_check",
      "consult",
      "inform_youth",
      "weigh",
      "decide",
      "monitor",
    ]);
    // "Geef informatie": the leaflet's languages are recorded with the step (issue 24).
    expect(view.steps[2]?.what).toMatchObject({ leafletLanguages: ["ar"] });
    expect(view.steps[4]?.what).toMatchObject({ followsSuggestion: true });
    expect(view.reviews).toHaveLength(1);
    // the review shows up for the responsible person, and the reminder goes out once
    const due = await mentor.request({ method: "GET", url: "/api/reviews/due?withinDays=10" });
    expect(due.json().items.map((r: { id: string }) => r.id)).toContain(view.reviews[0]?.id);
    t.clock.advance(7 * 86_400_000);
    expect(await sendReviewReminders(t.deps, t.clock.now)).toBeGreaterThanOrEqual(1);
    expect(await sendReviewReminders(t.deps, t.clock.now)).toBe(0);
    expect(await countOverdueReviews(t.deps.db, youthId, t.clock.now.toISOString())).toBe(1);
    t.clock.now = NOW; // sessions time out after 30 idle minutes
    const notes = await t.deps.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", mentor.userId)
      .where("youth_id", "=", youthId)
      .execute();
    expect(notes.map((n) => n.kind)).toContain("review_due");
    const done = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/reviews/${view.reviews[0]?.id}/done`,
      payload: { version: 1, outcome: "Afspraken werken, hij voelt zich veiliger." },
    });
    expect(done.statusCode, done.body).toBe(200);
    const again = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/reviews/${view.reviews[0]?.id}/done`,
      payload: { version: 1, outcome: "Dubbel ingediend." },
    });
    expect(again.statusCode).toBe(409);
    const close = await step(guardian, youthId, tr.id, {
      step: "close",
      draft: false,
      what: { reason: "concern_resolved" },
      why: "Jongere is veilig en in zorg bij de zorgcoördinator.",
      trajectVersion: v,
    });
    expect(close.statusCode, close.body).toBe(201);
    expect(close.json().trajectStatus).toBe("closed");
    const log = await actions(youthId);
    expect(log.filter((a) => a === "steps.change").length).toBeGreaterThanOrEqual(9);
    expect(log).toContain("steps.read");
  });

  it("danger now raises a safety alert: the picture is 4 until the circle records it handled", async () => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    const res = await step(mentor, youthId, tr.id, {
      step: "safety_check",
      draft: true,
      what: {
        dangerNow: "yes",
        answers: { inDangerNow: "Ja, ze wachten buiten.", phoneOff: "Dan komen ze me halen." },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const alertId = res.json().safetyAlertId as string;
    expect(alertId).toBeTruthy();
    expect(await level(youthId)).toBe(4);
    const notes = await t.deps.db
      .selectFrom("notifications")
      .select("kind")
      .where("youth_id", "=", youthId)
      .where("user_id", "=", guardian.userId)
      .execute();
    expect(notes.map((n) => n.kind)).toContain("safety_alert");
    const list = await guardian.request({ method: "GET", url: `/api/youths/${youthId}/trajects` });
    expect(list.json().safetyAlerts[0]).toMatchObject({ id: alertId, handledAt: null });
    const handled = await guardian.request({
      method: "POST",
      url: `/api/youths/${youthId}/safety-alerts/${alertId}/handled`,
      payload: { note: "Politie ingeschakeld, jongere veilig ondergebracht." },
    });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json().level).toBeLessThan(4);
    expect(await level(youthId)).toBeLessThan(4);
    const twice = await guardian.request({
      method: "POST",
      url: `/api/youths/${youthId}/safety-alerts/${alertId}/handled`,
      payload: { note: "Nog een keer." },
    });
    expect(twice.statusCode).toBe(409);
    expect(await actions(youthId)).toEqual(expect.arrayContaining(["steps.change", "steps.read"]));
  });

  it("a draft is saved and completed later; a stale version is a 409 and changes nothing", async () => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    const draft = await step(mentor, youthId, tr.id, {
      step: "safety_check",
      draft: true,
      what: { askedOn: TODAY },
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().trajectStatus).toBe("safety_check");
    const url = `/api/youths/${youthId}/trajects/${tr.id}/steps/${draft.json().id}`;
    const saved = await guardian.request({
      method: "PATCH",
      url,
      payload: { version: 1, draft: true, what: { askedOn: TODAY, dangerNow: "unknown" } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 1, draft: true, what: { askedOn: TODAY } },
    });
    expect(stale.statusCode).toBe(409);
    const incomplete = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 2, draft: false, what: { askedOn: TODAY }, trajectVersion: 1 },
    });
    expect(incomplete.statusCode).toBe(400);
    const noTrajectVersion = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 2, draft: false, what: { ...SAFE } },
    });
    expect(noTrajectVersion.statusCode).toBe(400);
    const staleTraject = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 2, draft: false, what: { ...SAFE }, trajectVersion: 7 },
    });
    expect(staleTraject.statusCode).toBe(409);
    const complete = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 2, draft: false, what: { ...SAFE }, trajectVersion: 1 },
    });
    expect(complete.statusCode, complete.body).toBe(200);
    expect(complete.json()).toMatchObject({ trajectStatus: "consult", version: 3, draft: false });
    const change = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 3, draft: true, what: {} },
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe("INVALID_TRANSITION");
    const view = await traject(mentor, youthId, tr.id);
    expect(view).toMatchObject({ status: "consult", version: 2 });
  });
});
