import { describe, expect, it } from "vitest";
import { MODULE_IDS, type ModuleId, type TrainingModule } from "./schema.js";
import {
  validateIndicatorTrainingLinks,
  validateTraining,
  type TrainingProblemCode,
} from "./validate.js";

const t = (s: string) => ({ nl: `${s} (nl)`, en: `${s} (en)` });

const question = (id: string): TrainingModule["quiz"]["questions"][number] => ({
  id,
  text: t(id),
  options: [
    { id: "a", text: t("a"), correct: true, explanation: t("a is right") },
    { id: "b", text: t("b"), correct: false, explanation: t("b is wrong") },
  ],
});

/** A complete, valid module; tests break one thing at a time. */
function buildModule(id: ModuleId): TrainingModule {
  return {
    id,
    order: MODULE_IDS.indexOf(id) + 1,
    title: t("title"),
    summary: t("summary"),
    estimatedMinutes: 15,
    pages: [
      {
        id: "p1",
        title: t("page"),
        body: { nl: "Intro.\n\n- een\n- twee", en: "Intro.\n\n- one\n- two" },
        catalogLinks: [
          { kind: "knowledge", id: "how-signalling-works" },
          { kind: "indicator", id: "crim.forced-theft" },
        ],
      },
    ],
    exercises: [
      {
        id: "e1",
        kind: "choice",
        multiple: false,
        prompt: t("prompt"),
        options: [
          { id: "a", text: t("a"), correct: true, feedback: t("yes") },
          { id: "b", text: t("b"), correct: false, feedback: t("no") },
        ],
      },
      {
        id: "e2",
        kind: "ordering",
        prompt: t("order"),
        items: [
          { id: "x", text: t("x"), position: 1, feedback: t("x first") },
          { id: "y", text: t("y"), position: 2, feedback: t("y second") },
        ],
      },
      {
        id: "e3",
        kind: "case",
        prompt: t("case"),
        steps: [
          {
            id: "s1",
            situation: t("s1"),
            options: [
              { id: "good", text: t("good"), correct: true, feedback: t("good fb") },
              { id: "bad", text: t("bad"), correct: false, feedback: t("bad fb") },
            ],
          },
        ],
      },
    ],
    quiz: { passingScore: 0.8, questions: ["q1", "q2", "q3", "q4", "q5"].map(question) },
    sources: ["fier-seed-2025"],
    coveredCategories: [],
  };
}

const programme = (): TrainingModule[] => MODULE_IDS.map(buildModule);
const indicators: ReadonlySet<string> = new Set(["crim.forced-theft"]);
const knowledge: ReadonlySet<string> = new Set(["how-signalling-works"]);

/** Validates the programme after `change` has broken module m5; returns the problem codes. */
function codesAfter(change: (mod: TrainingModule) => void): TrainingProblemCode[] {
  const modules = programme();
  const target = modules.find((m) => m.id === "m5-signalling");
  if (target === undefined) throw new Error("fixture lacks m5");
  change(target);
  return validateTraining(modules, indicators, knowledge).map((p) => p.code);
}

describe("validateTraining", () => {
  it("accepts a complete programme", () => {
    expect(validateTraining(programme(), indicators, knowledge)).toEqual([]);
  });

  it("reports a missing module and a module that appears twice", () => {
    const modules = programme().filter((m) => m.id !== "m3-perpetrators");
    modules.push(buildModule("m1-exploitation"));
    const problems = validateTraining(modules, indicators, knowledge);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "module-missing", moduleId: "m3-perpetrators" }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "module-duplicate", moduleId: "m1-exploitation" }),
    );
  });

  it.each<[string, (mod: TrainingModule) => void, TrainingProblemCode]>([
    ["a module out of programme order", (m) => void (m.order = 2), "module-order"],
    [
      "a question with two correct answers",
      (m) => {
        const q = m.quiz.questions[0];
        if (q?.options[1]) q.options[1].correct = true;
      },
      "quiz-correct-count",
    ],
    [
      "a question with no correct answer",
      (m) => {
        const q = m.quiz.questions[0];
        if (q?.options[0]) q.options[0].correct = false;
      },
      "quiz-correct-count",
    ],
    [
      "an answer without an English explanation",
      (m) => {
        const o = m.quiz.questions[1]?.options[1];
        if (o) o.explanation = { nl: "Uitleg.", en: " " };
      },
      "explanation-missing",
    ],
    ["fewer than five questions", (m) => void m.quiz.questions.pop(), "quiz-too-few-questions"],
    ["a passing score above 1", (m) => void (m.quiz.passingScore = 80), "quiz-passing-score"],
    [
      "a link to an unknown knowledge page",
      (m) => void m.pages[0]?.catalogLinks?.push({ kind: "knowledge", id: "no-such-page" }),
      "catalog-link-unknown",
    ],
    [
      "an indicator id used as a knowledge link",
      (m) => void m.pages[0]?.catalogLinks?.push({ kind: "knowledge", id: "crim.forced-theft" }),
      "catalog-link-unknown",
    ],
    [
      "a choice option without Dutch feedback",
      (m) => {
        const ex = m.exercises[0];
        if (ex?.kind === "choice" && ex.options[1]) ex.options[1].feedback = { nl: "", en: "No." };
      },
      "feedback-missing",
    ],
    [
      "a single choice with two correct options",
      (m) => {
        const ex = m.exercises[0];
        if (ex?.kind === "choice" && ex.options[1]) ex.options[1].correct = true;
      },
      "choice-correct-count",
    ],
    [
      "an ordering with a repeated position",
      (m) => {
        const ex = m.exercises[1];
        if (ex?.kind === "ordering" && ex.items[1]) ex.items[1].position = 1;
      },
      "ordering-positions",
    ],
    [
      "an ordering item without feedback",
      (m) => {
        const ex = m.exercises[1];
        if (ex?.kind === "ordering" && ex.items[0]) ex.items[0].feedback = { nl: "", en: "" };
      },
      "feedback-missing",
    ],
    [
      "a case step with no advised option",
      (m) => {
        const ex = m.exercises[2];
        if (ex?.kind === "case" && ex.steps[0]?.options[0]) ex.steps[0].options[0].correct = false;
      },
      "case-no-advised-option",
    ],
    [
      "a case option without feedback",
      (m) => {
        const ex = m.exercises[2];
        const o = ex?.kind === "case" ? ex.steps[0]?.options[1] : undefined;
        if (o) o.feedback = { nl: "Nee.", en: "" };
      },
      "feedback-missing",
    ],
    [
      "two pages with the same id",
      (m) => {
        const page = m.pages[0];
        if (page) m.pages.push({ ...page });
      },
      "duplicate-id",
    ],
    [
      "a page title missing in English",
      (m) => {
        const page = m.pages[0];
        if (page) page.title = { nl: "Titel", en: "" };
      },
      "text-missing",
    ],
    [
      "an English body with fewer list items than the Dutch",
      (m) => {
        const page = m.pages[0];
        if (page) page.body = { nl: "Intro.\n\n- een\n- twee", en: "Intro.\n\n- one" };
      },
      "translation-shape",
    ],
  ])("reports %s", (_name, change, code) => {
    expect(codesAfter(change)).toContain(code);
  });

  it("says where the problem is", () => {
    const modules = programme();
    const q = modules[4]?.quiz.questions[2];
    if (q?.options[1]) q.options[1].correct = true;
    expect(validateTraining(modules, indicators, knowledge)).toEqual([
      {
        code: "quiz-correct-count",
        moduleId: "m5-signalling",
        path: "quiz.questions[q3]",
        message: "has 2 correct answers; needs exactly one",
      },
    ]);
  });
});

describe("validateIndicatorTrainingLinks", () => {
  it("accepts indicators that point to a module of the programme", () => {
    expect(
      validateIndicatorTrainingLinks([
        { id: "crim.forced-theft", trainingModule: "m5-signalling" },
      ]),
    ).toEqual([]);
  });

  it("reports an indicator that points to a module that does not exist", () => {
    expect(
      validateIndicatorTrainingLinks([{ id: "crim.forced-theft", trainingModule: "m9-extra" }]),
    ).toEqual([expect.objectContaining({ code: "indicator-module-unknown" })]);
  });
});
