import { describe, expect, it } from "vitest";
import { trainingModule, type TrainingModule } from "./schema.js";
import { checkExercise, scoreQuiz } from "./scoring.js";

const t = (s: string) => ({ nl: `${s} (nl)`, en: `${s} (en)` });

/** A question whose correct option is `right`, with wrong options `wrong`. */
const question = (id: string) => ({
  id,
  text: t(`question ${id}`),
  options: [
    { id: "right", text: t("right"), correct: true, explanation: t(`why ${id} right`) },
    { id: "wrong", text: t("wrong"), correct: false, explanation: t(`why ${id} wrong`) },
  ],
});

function buildModule(questionCount: number, passingScore = 0.8): TrainingModule {
  return trainingModule.parse({
    id: "m7-case",
    order: 7,
    title: t("title"),
    summary: t("summary"),
    estimatedMinutes: 10,
    pages: [{ id: "p1", title: t("page"), body: t("body") }],
    exercises: [
      {
        id: "pick-one",
        kind: "choice",
        prompt: t("pick"),
        options: [
          { id: "a", text: t("a"), correct: true, feedback: t("fb a") },
          { id: "b", text: t("b"), correct: false, feedback: t("fb b") },
        ],
      },
      {
        id: "pick-all",
        kind: "choice",
        multiple: true,
        prompt: t("pick all"),
        options: [
          { id: "a", text: t("a"), correct: true, feedback: t("fb a") },
          { id: "b", text: t("b"), correct: true, feedback: t("fb b") },
          { id: "c", text: t("c"), correct: false, feedback: t("fb c") },
        ],
        debrief: t("debrief"),
      },
      {
        id: "steps",
        kind: "ordering",
        prompt: t("order"),
        items: [
          { id: "second", text: t("2"), position: 2, feedback: t("fb 2") },
          { id: "first", text: t("1"), position: 1, feedback: t("fb 1") },
          { id: "third", text: t("3"), position: 3, feedback: t("fb 3") },
        ],
      },
      {
        id: "case",
        kind: "case",
        prompt: t("case"),
        steps: [
          {
            id: "s1",
            situation: t("s1"),
            options: [
              { id: "safe", text: t("safe"), correct: true, feedback: t("fb safe") },
              { id: "also-safe", text: t("also"), correct: true, feedback: t("fb also") },
              { id: "risky", text: t("risky"), correct: false, feedback: t("fb risky") },
            ],
          },
          {
            id: "s2",
            situation: t("s2"),
            options: [
              { id: "share", text: t("share"), correct: true, feedback: t("fb share") },
              { id: "hide", text: t("hide"), correct: false, feedback: t("fb hide") },
            ],
          },
        ],
      },
    ],
    quiz: {
      passingScore,
      questions: Array.from({ length: questionCount }, (_, i) => question(`q${i + 1}`)),
    },
    sources: ["fier-seed-2025"],
    coveredCategories: ["criminal"],
  });
}

const answersWithCorrect = (mod: TrainingModule, n: number): Record<string, string> =>
  Object.fromEntries(mod.quiz.questions.map((q, i) => [q.id, i < n ? "right" : "wrong"] as const));

const exerciseById = (mod: TrainingModule, id: string) => {
  const found = mod.exercises.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no exercise ${id}`);
  return found;
};

describe("scoreQuiz", () => {
  it("gives a full score and a pass when every answer is correct", () => {
    const mod = buildModule(5);
    const result = scoreQuiz(mod, answersWithCorrect(mod, 5));
    expect(result).toMatchObject({ score: 1, correctCount: 5, total: 5, passed: true });
  });

  it.each([
    // questions, correct answers, passed at 0.8
    [5, 4, true],
    [5, 3, false],
    [6, 5, true],
    [6, 4, false],
    [7, 6, true],
    [7, 5, false],
    [8, 7, true],
    [8, 6, false],
  ])("with %i questions, %i correct answers pass at 0.8: %s", (count, correct, passed) => {
    const mod = buildModule(count);
    expect(scoreQuiz(mod, answersWithCorrect(mod, correct)).passed).toBe(passed);
  });

  it("passes exactly at the passing score despite floating-point fractions", () => {
    const mod = buildModule(10, 0.7);
    const result = scoreQuiz(mod, answersWithCorrect(mod, 7));
    expect(result.score).toBeCloseTo(0.7);
    expect(result.passed).toBe(true);
  });

  it("explains the chosen answer, right or wrong", () => {
    const mod = buildModule(5);
    const result = scoreQuiz(mod, { q1: "right", q2: "wrong" });
    expect(result.perQuestion[0]).toEqual({
      questionId: "q1",
      correct: true,
      chosen: "right",
      correctOptionId: "right",
      explanation: t("why q1 right"),
    });
    expect(result.perQuestion[1]).toMatchObject({
      correct: false,
      chosen: "wrong",
      explanation: t("why q2 wrong"),
    });
  });

  it("counts an unanswered question as wrong and shows the correct answer's explanation", () => {
    const mod = buildModule(5);
    const result = scoreQuiz(mod, {});
    expect(result.score).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.perQuestion[2]).toMatchObject({
      chosen: null,
      correct: false,
      correctOptionId: "right",
      explanation: t("why q3 right"),
    });
  });

  it("treats an unknown option as unanswered and ignores unknown questions", () => {
    const mod = buildModule(5);
    const result = scoreQuiz(mod, { q1: "made-up", "not-a-question": "right" });
    expect(result.perQuestion[0]).toMatchObject({ chosen: null, correct: false });
    expect(result.perQuestion).toHaveLength(5);
  });

  it("does not read answers from the object prototype", () => {
    const mod = buildModule(5);
    const answers = Object.create({ q1: "right" }) as Record<string, string>;
    expect(scoreQuiz(mod, answers).perQuestion[0]?.chosen).toBeNull();
  });
});

describe("checkExercise: choice", () => {
  const mod = buildModule(5);

  it("gives the feedback of the chosen option", () => {
    const result = checkExercise(exerciseById(mod, "pick-one"), {
      kind: "choice",
      optionIds: ["b"],
    });
    expect(result).toMatchObject({
      kind: "choice",
      correct: false,
      chosen: [{ optionId: "b", correct: false, feedback: t("fb b") }],
    });
  });

  it("is correct only when every correct option of a multiple choice is chosen", () => {
    const ex = exerciseById(mod, "pick-all");
    const partial = checkExercise(ex, { kind: "choice", optionIds: ["a"] });
    expect(partial).toMatchObject({ correct: false, missed: [{ optionId: "b" }] });
    const full = checkExercise(ex, { kind: "choice", optionIds: ["b", "a"] });
    expect(full).toMatchObject({ correct: true, missed: [], debrief: t("debrief") });
    const extra = checkExercise(ex, { kind: "choice", optionIds: ["a", "b", "c"] });
    expect(extra?.correct).toBe(false);
  });

  it("rejects several picks on a single choice, duplicates and unknown options", () => {
    const single = exerciseById(mod, "pick-one");
    expect(checkExercise(single, { kind: "choice", optionIds: ["a", "b"] })).toBeNull();
    expect(checkExercise(single, { kind: "choice", optionIds: ["zz"] })).toBeNull();
    const multi = exerciseById(mod, "pick-all");
    expect(checkExercise(multi, { kind: "choice", optionIds: ["a", "a"] })).toBeNull();
  });
});

describe("checkExercise: ordering", () => {
  const mod = buildModule(5);
  const ex = exerciseById(mod, "steps");

  it("is correct when the items are in their positions", () => {
    const result = checkExercise(ex, { kind: "ordering", itemIds: ["first", "second", "third"] });
    expect(result?.correct).toBe(true);
  });

  it("gives per item the chosen and correct position, in the correct order", () => {
    const result = checkExercise(ex, { kind: "ordering", itemIds: ["second", "first", "third"] });
    expect(result).toMatchObject({
      kind: "ordering",
      correct: false,
      items: [
        {
          itemId: "first",
          chosenPosition: 2,
          correctPosition: 1,
          correct: false,
          feedback: t("fb 1"),
        },
        { itemId: "second", chosenPosition: 1, correctPosition: 2, correct: false },
        { itemId: "third", chosenPosition: 3, correctPosition: 3, correct: true },
      ],
    });
  });

  it("rejects an answer that is not a permutation of the items", () => {
    expect(checkExercise(ex, { kind: "ordering", itemIds: ["first", "second"] })).toBeNull();
    expect(
      checkExercise(ex, { kind: "ordering", itemIds: ["first", "first", "third"] }),
    ).toBeNull();
    expect(checkExercise(ex, { kind: "ordering", itemIds: ["first", "second", "zz"] })).toBeNull();
  });
});

describe("checkExercise: case", () => {
  const mod = buildModule(5);
  const ex = exerciseById(mod, "case");

  it("accepts any advised option and lists all advised options per step", () => {
    const result = checkExercise(ex, { kind: "case", choices: { s1: "also-safe", s2: "share" } });
    expect(result).toMatchObject({ kind: "case", correct: true, advisedCount: 2, total: 2 });
    if (result?.kind !== "case") throw new Error("expected a case result");
    expect(result.steps[0]?.advised).toEqual(["safe", "also-safe"]);
    expect(result.steps[0]?.chosen?.feedback).toEqual(t("fb also"));
  });

  it("gives feedback on a step that is not advised", () => {
    const result = checkExercise(ex, { kind: "case", choices: { s1: "risky", s2: "share" } });
    expect(result).toMatchObject({ correct: false, advisedCount: 1 });
    if (result?.kind !== "case") throw new Error("expected a case result");
    expect(result.steps[0]?.chosen).toEqual({
      optionId: "risky",
      correct: false,
      feedback: t("fb risky"),
    });
  });

  it("can be answered step by step: undecided steps have no choice yet", () => {
    const result = checkExercise(ex, { kind: "case", choices: { s1: "safe" } });
    if (result?.kind !== "case") throw new Error("expected a case result");
    expect(result.correct).toBe(false);
    expect(result.steps[1]?.chosen).toBeNull();
  });

  it("rejects unknown steps and unknown options", () => {
    expect(checkExercise(ex, { kind: "case", choices: { s9: "safe" } })).toBeNull();
    expect(checkExercise(ex, { kind: "case", choices: { s1: "zz" } })).toBeNull();
  });
});

describe("checkExercise: mismatched kinds", () => {
  it("rejects an answer of another kind", () => {
    const mod = buildModule(5);
    expect(
      checkExercise(exerciseById(mod, "steps"), { kind: "choice", optionIds: ["first"] }),
    ).toBeNull();
    expect(checkExercise(exerciseById(mod, "pick-one"), { kind: "case", choices: {} })).toBeNull();
  });
});
