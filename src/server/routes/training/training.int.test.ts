import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { completeModule } from "../../../../test/training-helpers.js";
import { extractPdfText } from "../../../../test/training-pdf-text.js";
import { trainingContent } from "../../../services/training/load-training.js";
import { quizAnswersFor } from "../../../services/training/demo-training-answers.js";
import type { TrainingModule } from "../../../domain/training/schema.js";

describe.each(TEST_DATABASES)("training: learning, scoring and certificate (%s)", (kind) => {
  let t: TestApp;
  let modules: readonly TrainingModule[];
  const mod = (id: string): TrainingModule => {
    const found = modules.find((m) => m.id === id);
    if (!found) throw new Error(`no module ${id}`);
    return found;
  };
  beforeAll(async () => {
    t = await createTestApp(kind);
    modules = trainingContent(t.deps).modules;
  });
  afterAll(() => t.close());

  const auditCount = async (userId: string, action: string) =>
    (
      await t.deps.db
        .selectFrom("audit_log")
        .select("id")
        .where("actor_id", "=", userId)
        .where("action", "=", action)
        .execute()
    ).length;

  it("a learner sees all seven modules, not started, in programme order", async () => {
    const s = await loginAs(t.app, demoEmail("school"));
    const res = await s.request({ method: "GET", url: "/api/training/modules?lang=en" });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      modules: { id: string; title: string; progress: { status: string } }[];
    }>();
    expect(body.modules.map((m) => m.id)).toEqual(modules.map((m) => m.id));
    expect(body.modules.every((m) => m.progress.status === "not_started")).toBe(true);
    expect(body.modules[0]?.title).toBe(modules[0]?.title.en);
  });

  it("a module is sent without correct answers, feedback or explanations", async () => {
    const s = await loginAs(t.app, demoEmail("school"));
    const res = await s.request({ method: "GET", url: "/api/training/modules/m7-case" });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/"correct"|"feedback"|"explanation"|"position"/);
    expect(res.json<{ module: { title: string } }>().module.title).toBe(mod("m7-case").title.nl);
  });

  it("starting, reading and answering records progress with an audit entry per change", async () => {
    const s = await loginAs(t.app, demoEmail("guardian"));
    const m = mod("m6-chain");
    const start = await s.request({ method: "POST", url: `/api/training/modules/${m.id}/start` });
    expect(start.statusCode).toBe(200);
    expect(start.json()).toMatchObject({ progress: { status: "in_progress", attempts: 0 } });
    const again = await s.request({ method: "POST", url: `/api/training/modules/${m.id}/start` });
    expect(again.json().progress.startedAt).toBe(start.json().progress.startedAt);
    const page = m.pages[0]?.id ?? "";
    await s.request({ method: "POST", url: `/api/training/modules/${m.id}/pages/${page}` });
    const twice = await s.request({
      method: "POST",
      url: `/api/training/modules/${m.id}/pages/${page}`,
    });
    expect(twice.json().progress.pagesViewed).toEqual([page]);
    const ordering = m.exercises.find((e) => e.kind === "ordering");
    if (ordering?.kind !== "ordering") throw new Error("m6 has an ordering exercise");
    const reversed = [...ordering.items].sort((a, b) => b.position - a.position).map((i) => i.id);
    const answer = await s.request({
      method: "POST",
      url: `/api/training/modules/${m.id}/exercises/${ordering.id}?lang=en`,
      payload: { kind: "ordering", itemIds: reversed },
    });
    expect(answer.statusCode).toBe(200);
    const result = answer.json<{ result: { correct: boolean; items: { feedback: string }[] } }>();
    expect(result.result.correct).toBe(false);
    expect(result.result.items[0]?.feedback).toBe(
      [...ordering.items].sort((a, b) => a.position - b.position)[0]?.feedback.en,
    );
    // start + one page + one answer; the repeated start and page changed nothing
    expect(await auditCount(s.userId, "training.progress")).toBe(3);
  });

  it("a case can be answered step by step with feedback per decision", async () => {
    const s = await loginAs(t.app, demoEmail("care_coordinator"));
    const m = mod("m7-case");
    const ex = m.exercises[0];
    if (ex?.kind !== "case") throw new Error("m7 starts with the case");
    const step = ex.steps[0];
    const wrong = step?.options.find((o) => !o.correct);
    const res = await s.request({
      method: "POST",
      url: `/api/training/modules/${m.id}/exercises/${ex.id}`,
      payload: { kind: "case", choices: { [step?.id ?? ""]: wrong?.id ?? "" } },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.result.steps[0].chosen).toMatchObject({
      correct: false,
      feedback: wrong?.feedback.nl,
    });
    expect(body.result.steps[1].chosen).toBeNull();
    expect(body.progress.exercisesDone).toEqual([]);
  });

  it("a failed check can be retaken; the best score is kept and passing completes the module", async () => {
    const s = await loginAs(t.app, demoEmail("team_lead.terapel"));
    const m = mod("m1-exploitation");
    const url = `/api/training/modules/${m.id}/quiz`;
    const fail = await s.request({
      method: "POST",
      url,
      payload: { answers: quizAnswersFor(m, 4) },
    });
    expect(fail.statusCode).toBe(200);
    expect(fail.json()).toMatchObject({
      result: { passed: false },
      progress: { status: "in_progress" },
    });
    expect(fail.json().result.perQuestion[0].explanation).toBeTypeOf("string");
    const pass = await s.request({
      method: "POST",
      url,
      payload: { answers: quizAnswersFor(m, 1) },
    });
    expect(pass.json()).toMatchObject({
      result: { passed: true },
      progress: { status: "completed", attempts: 2 },
    });
    const best = pass.json().progress.bestScore;
    const worse = await s.request({
      method: "POST",
      url,
      payload: { answers: quizAnswersFor(m, 7) },
    });
    expect(worse.json().progress).toMatchObject({
      bestScore: best,
      attempts: 3,
      status: "completed",
    });
    const attempts = await t.deps.db
      .selectFrom("training_quiz_attempts")
      .select(["score", "passed"])
      .where("user_id", "=", s.userId)
      .execute();
    expect(attempts.map((a) => a.passed)).toEqual([0, 1, 0]);
    const questionRows = await t.deps.db
      .selectFrom("training_question_results as r")
      .innerJoin("training_quiz_attempts as a", "a.id", "r.attempt_id")
      .select(["r.question_id", "r.correct"])
      .where("a.user_id", "=", s.userId)
      .execute();
    expect(questionRows).toHaveLength(3 * m.quiz.questions.length);
  });

  it("the certificate is refused until every module is completed", async () => {
    const s = await loginAs(t.app, demoEmail("team_lead.terapel"));
    const res = await s.request({ method: "GET", url: "/api/training/me/certificate.pdf" });
    expect(res.statusCode).toBe(409);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it("after all seven modules the certificate is a PDF with the learner's name and InZicht", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    for (const m of modules) await completeModule(s, m, 1);
    const list = await s.request({ method: "GET", url: "/api/training/modules" });
    expect(list.json()).toMatchObject({ allCompleted: true, completedCount: 7 });
    const res = await s.request({ method: "GET", url: "/api/training/me/certificate.pdf?lang=nl" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(
      /attachment; filename="inzicht-certificaat-/,
    );
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = extractPdfText(pdf);
    expect(text).toContain("Sanne de Vries");
    expect(text).toContain("InZicht");
    expect(text).toContain("COA Zutphen");
    // The screens' long date format, not ISO: "Uitgegeven op 29 november 2026".
    expect(text).toMatch(
      /Uitgegeven op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/,
    );
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(pdf.toString("latin1")).toContain("/Lang (nl-NL)");
    // Tagged: the PDF catalog points at a /MarkInfo dictionary that says /Marked true.
    expect(pdf.toString("latin1")).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf.toString("latin1")).toContain("/Marked true");
    expect(await auditCount(s.userId, "training.export")).toBe(1);
  });

  it("my records show every module with dates and best scores", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    const res = await s.request({ method: "GET", url: "/api/training/me/records?lang=en" });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      user: { displayName: string };
      records: { status: string; bestScore: number }[];
    }>();
    expect(body.user.displayName).toBe("Sanne de Vries");
    expect(body.records).toHaveLength(7);
    expect(body.records.every((r) => r.status === "completed" && r.bestScore >= 0.8)).toBe(true);
  });

  it.each([
    [
      "an unknown field in an answer",
      "m7-case/exercises/the-case",
      { kind: "case", choices: {}, extra: 1 },
    ],
    [
      "an answer of the wrong kind",
      "m6-chain/exercises/meldcode-order",
      { kind: "choice", optionIds: ["a"] },
    ],
    [
      "an ordering that is not a permutation",
      "m6-chain/exercises/meldcode-order",
      { kind: "ordering", itemIds: ["consult"] },
    ],
    [
      "a malformed id",
      "m6-chain/exercises/meldcode-order",
      { kind: "ordering", itemIds: ["<script>"] },
    ],
    ["an unknown question", "m1-exploitation/quiz", { answers: { "no-such-question": "a" } }],
    ["an unknown field in the check", "m1-exploitation/quiz", { answers: {}, score: 1 }],
    ["no body", "m1-exploitation/quiz", undefined],
  ])("%s is a 400 problem, never a 500", async (_name, path, payload) => {
    const s = await loginAs(t.app, demoEmail("school"));
    const res = await s.request({
      method: "POST",
      url: `/api/training/modules/${path}`,
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it.each([
    ["GET", "/api/training/modules/m9-unknown"],
    ["POST", "/api/training/modules/m9-unknown/start"],
    ["POST", "/api/training/modules/m1-exploitation/pages/no-such-page"],
    ["POST", "/api/training/modules/m1-exploitation/exercises/no-such-exercise"],
  ])("%s %s is a 404 problem", async (method, url) => {
    const s = await loginAs(t.app, demoEmail("school"));
    const res = await s.request({
      method: method as "GET" | "POST",
      url,
      ...(url.includes("exercises") ? { payload: { kind: "choice", optionIds: ["a"] } } : {}),
    });
    expect(res.statusCode).toBe(404);
  });

  it("the training API needs a login", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/training/modules" });
    expect(res.statusCode).toBe(401);
  });
});
