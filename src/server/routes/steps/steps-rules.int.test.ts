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

describe.each(TEST_DATABASES)("traject rules: refusals, validation and access (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let school: Session;
  let outsider: Session;
  let zutphen: string;

  const newYouth = () => newYouthWithCircle(mentor, zutphen);
  const open = openTraject;
  const step = postStep;
  const actions = (youthId: string) => auditActions(t, youthId);

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    school = await loginAs(t.app, demoEmail("school"));
    outsider = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
  });
  afterAll(() => t.close());

  it.each([
    ["a consult before the safety check", "consult", CONSULT],
    ["weighing before consulting", "weigh", WEIGH],
  ])("%s is refused with a clear message", async (_n, kindOfStep, what) => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    const res = await step(mentor, youthId, tr.id, {
      step: kindOfStep,
      draft: false,
      what,
      trajectVersion: 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(res.json().detail).toMatch(/safety_check/);
  });

  it("a closed traject refuses every step; reopening is a new traject", async () => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    const close = await step(mentor, youthId, tr.id, {
      step: "close",
      draft: false,
      what: { reason: "other" },
      why: "Per ongeluk geopend voor deze jongere.",
      trajectVersion: 1,
    });
    expect(close.statusCode, close.body).toBe(201);
    const after = await step(mentor, youthId, tr.id, {
      step: "safety_check",
      draft: false,
      what: SAFE,
      trajectVersion: 2,
    });
    expect(after.statusCode).toBe(409);
    expect(after.json().detail).toMatch(/new traject/);
    const second = await open(mentor, youthId);
    expect(second.id).not.toBe(tr.id);
    const list = await mentor.request({ method: "GET", url: `/api/youths/${youthId}/trajects` });
    expect(list.json().items).toHaveLength(2);
  });

  // Safety weight: "danger now" must come with an action taken, or a reason why none was.
  it.each([
    ["danger now, nothing ticked, no reason", 400, "yes", [], undefined],
    ["danger now, nothing ticked, a too short reason", 400, "yes", [], "Geen tijd"],
    ["danger now, 112 called", 201, "yes", ["called_112"], undefined],
    [
      "danger now, nothing ticked, with a reason",
      201,
      "yes",
      [],
      "De politie stond al bij de deur en nam het over.",
    ],
    ["no danger now, nothing ticked", 201, "no", [], undefined],
    ["danger unknown, nothing ticked", 201, "unknown", [], undefined],
  ] as const)(
    "a safety check with %s is answered %i",
    async (_n, status, dangerNow, actions, why) => {
      const youthId = await newYouth();
      const tr = await open(mentor, youthId);
      const res = await step(mentor, youthId, tr.id, {
        step: "safety_check",
        draft: false,
        what: { ...SAFE, dangerNow, actions: [...actions] },
        ...(why ? { why } : {}),
        trajectVersion: 1,
      });
      expect(res.statusCode, res.body).toBe(status);
      if (status === 400) {
        expect(res.headers["content-type"]).toContain("application/problem+json");
        expect(res.json()).toMatchObject({ code: "VALIDATION_FAILED" });
        expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(["what.actions"]);
        const list = await mentor.request({
          method: "GET",
          url: `/api/youths/${youthId}/trajects`,
        });
        expect(list.json().items[0].steps).toHaveLength(0);
      }
    },
  );

  it.each([
    [
      "no action without a reason",
      { decisions: ["no_action"], decidedOn: TODAY, nonPunishmentNoted: false },
      undefined,
      "why",
    ],
    [
      "no action together with help",
      {
        decisions: ["no_action", "organise_help"],
        helpPlan: "Hulp bij school.",
        decidedOn: TODAY,
        nonPunishmentNoted: false,
      },
      "Reden die lang genoeg is.",
      "what.decisions",
    ],
    [
      "police without the non-punishment note",
      {
        decisions: ["report_veilig_thuis", "report_police"],
        decidedOn: TODAY,
        nonPunishmentNoted: false,
      },
      undefined,
      "what.nonPunishmentNoted",
    ],
    [
      "going against the suggestion without a reason",
      {
        decisions: ["organise_help"],
        helpPlan: "Begeleiding door de mentor.",
        decidedOn: TODAY,
        nonPunishmentNoted: false,
      },
      undefined,
      "why",
    ],
  ])("a decision with %s is refused", async (_n, what, why, path) => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    let v = 1;
    for (const [s, w] of [
      ["safety_check", SAFE],
      ["consult", CONSULT],
      ["inform_youth", INFORM],
      ["weigh", WEIGH],
    ] as const) {
      expect(
        (await step(mentor, youthId, tr.id, { step: s, draft: false, what: w, trajectVersion: v }))
          .statusCode,
      ).toBe(201);
      v += 1;
    }
    const res = await step(mentor, youthId, tr.id, {
      step: "decide",
      draft: false,
      what,
      why,
      trajectVersion: v,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it.each([
    ["an unknown top-level field", { step: "safety_check", draft: true, what: {}, mood: "x" }],
    ["an unknown field in what", { step: "safety_check", draft: true, what: { bsn: "123456782" } }],
    ["an unknown step", { step: "pray", draft: true, what: {} }],
    ["a wrong type", { step: "safety_check", draft: "yes", what: {} }],
  ])("%s is a 400 and stores nothing", async (_n, payload) => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    const res = await step(mentor, youthId, tr.id, payload);
    expect(res.statusCode).toBe(400);
    const rows = await t.deps.db
      .selectFrom("step_records")
      .select("id")
      .where("youth_id", "=", youthId)
      .execute();
    expect(rows).toHaveLength(0);
  });

  // The SPA leaves empty answers out, so "no answers" arrives as no `answers` at all.
  it.each([
    ["no answers object (as the SPA sends it)", { answers: undefined }],
    ["an empty answers object", { answers: {} }],
    ["only blank answers", { answers: { inDangerNow: "   ", phoneOff: "" } }],
  ])(
    "a completed safety check with %s names the first question, not a shapeless problem",
    async (_n, change) => {
      const youthId = await newYouth();
      const tr = await open(mentor, youthId);
      const what: Record<string, unknown> = { ...SAFE, ...change };
      if (what.answers === undefined) delete what.answers;
      const res = await step(mentor, youthId, tr.id, {
        step: "safety_check",
        draft: false,
        what,
        trajectVersion: 1,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
        "what.answers.inDangerNow",
      ]);
    },
  );

  it("a safety check draft may have no answers yet; one answer is enough to complete it", async () => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    const { answers: _none, ...noAnswers } = SAFE;
    const draft = await step(mentor, youthId, tr.id, {
      step: "safety_check",
      draft: true,
      what: noAnswers,
      trajectVersion: 1,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const other = await newYouth();
    const tr2 = await open(mentor, other);
    const done = await step(mentor, other, tr2.id, {
      step: "safety_check",
      draft: false,
      what: { ...noAnswers, answers: { whoCanHelp: "Mijn mentor." } },
      trajectVersion: 1,
    });
    expect(done.statusCode, done.body).toBe(201);
  });

  it("the trajects list comes in pages with a cursor; a bad cursor or limit is a 400", async () => {
    const youthId = await newYouth();
    const opened = [await open(mentor, youthId), await open(mentor, youthId)].map((tr) => tr.id);
    const first = (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/trajects?limit=1` })
    ).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await mentor.request({
        method: "GET",
        url: `/api/youths/${youthId}/trajects?limit=1&cursor=${first.nextCursor}`,
      })
    ).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual(opened.sort());
    for (const bad of ["limit=0", "limit=201", "cursor=not-an-id"]) {
      const res = await mentor.request({
        method: "GET",
        url: `/api/youths/${youthId}/trajects?${bad}`,
      });
      expect(res.statusCode, bad).toBe(400);
    }
  });

  it("a school member cannot read steps; someone outside the circle gets a logged 404", async () => {
    const youthId = await newYouth();
    await open(mentor, youthId);
    expect(
      (await school.request({ method: "GET", url: `/api/youths/${youthId}/trajects` })).statusCode,
    ).toBe(403);
    expect(
      (await outsider.request({ method: "GET", url: `/api/youths/${youthId}/trajects` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await outsider.request({
          method: "POST",
          url: `/api/youths/${youthId}/trajects`,
          payload: { concern: "Zomaar iets." },
        })
      ).statusCode,
    ).toBe(404);
    expect(await actions(youthId)).toContain("youth.denied");
  });

  it("the review's responsible person must be in the circle", async () => {
    const youthId = await newYouth();
    const tr = await open(mentor, youthId);
    let v = 1;
    for (const [s, w] of [
      ["safety_check", SAFE],
      ["consult", CONSULT],
      ["inform_youth", INFORM],
      ["weigh", WEIGH],
    ] as const) {
      await step(mentor, youthId, tr.id, { step: s, draft: false, what: w, trajectVersion: v });
      v += 1;
    }
    await step(mentor, youthId, tr.id, {
      step: "decide",
      draft: false,
      what: { decisions: ["report_veilig_thuis"], decidedOn: TODAY, nonPunishmentNoted: false },
      trajectVersion: v,
    });
    v += 1;
    const res = await step(mentor, youthId, tr.id, {
      step: "monitor",
      draft: false,
      what: {
        safetyAgreements: "Dagelijks contact.",
        nextReviewOn: "2026-12-06",
        reviewResponsibleId: outsider.userId,
      },
      trajectVersion: v,
    });
    expect(res.statusCode).toBe(400);
    const past = await step(mentor, youthId, tr.id, {
      step: "monitor",
      draft: false,
      what: {
        safetyAgreements: "Dagelijks contact.",
        nextReviewOn: "2026-11-01",
        reviewResponsibleId: mentor.userId,
      },
      trajectVersion: v,
    });
    expect(past.statusCode).toBe(400);
  });
});
