/**
 * Content rules for the training that a schema cannot express: the whole programme is present,
 * each question has exactly one correct answer, every answer carries feedback or an explanation
 * in both languages, and every link into the catalogue resolves. Pure.
 */
import { MODULE_IDS, type TrainingModule } from "./schema.js";
import {
  checkExercise,
  checkTexts,
  checkUnique,
  hasBoth,
  shape,
  type Report,
  type TrainingProblem,
} from "./validate-parts.js";

export type { TrainingProblem, TrainingProblemCode } from "./validate-parts.js";

/** Minimum number of knowledge-check questions per module (issue 9). */
export const MIN_QUIZ_QUESTIONS = 5;

function checkModule(
  mod: TrainingModule,
  knownIndicatorIds: ReadonlySet<string>,
  knownKnowledgeIds: ReadonlySet<string>,
  report: Report,
): void {
  const expectedOrder = MODULE_IDS.indexOf(mod.id) + 1;
  if (mod.order !== expectedOrder) {
    report(
      "module-order",
      "order",
      `order is ${mod.order}; the programme puts it at ${expectedOrder}`,
    );
  }
  checkTexts(mod, "", report);
  checkUnique(
    mod.pages.map((p) => p.id),
    "pages",
    report,
  );
  checkUnique(
    mod.exercises.map((e) => e.id),
    "exercises",
    report,
  );
  checkUnique(
    mod.quiz.questions.map((q) => q.id),
    "quiz.questions",
    report,
  );

  for (const page of mod.pages) {
    const path = `pages[${page.id}]`;
    if (hasBoth(page.body) && shape(page.body.nl) !== shape(page.body.en)) {
      report(
        "translation-shape",
        `${path}.body`,
        `nl has ${shape(page.body.nl)}; en has ${shape(page.body.en)}`,
      );
    }
    for (const link of page.catalogLinks ?? []) {
      const known = link.kind === "indicator" ? knownIndicatorIds : knownKnowledgeIds;
      if (!known.has(link.id)) {
        report(
          "catalog-link-unknown",
          `${path}.catalogLinks`,
          `${link.kind} "${link.id}" does not exist in the catalogue`,
        );
      }
    }
  }

  for (const ex of mod.exercises) checkExercise(ex, report);

  const { passingScore, questions } = mod.quiz;
  if (!(passingScore > 0 && passingScore <= 1)) {
    report("quiz-passing-score", "quiz.passingScore", "passing score must be a fraction in (0, 1]");
  }
  if (questions.length < MIN_QUIZ_QUESTIONS) {
    report(
      "quiz-too-few-questions",
      "quiz.questions",
      `has ${questions.length}; needs ${MIN_QUIZ_QUESTIONS}`,
    );
  }
  for (const q of questions) {
    const path = `quiz.questions[${q.id}]`;
    checkUnique(
      q.options.map((o) => o.id),
      path,
      report,
    );
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1)
      report("quiz-correct-count", path, `has ${correct} correct answers; needs exactly one`);
    for (const o of q.options) {
      if (!hasBoth(o.explanation))
        report("explanation-missing", `${path}.options[${o.id}]`, "no explanation");
    }
  }
}

/**
 * Checks the whole training programme. Returns every problem found; an empty list means the
 * content may be published.
 */
export function validateTraining(
  modules: readonly TrainingModule[],
  knownIndicatorIds: ReadonlySet<string>,
  knownKnowledgeIds: ReadonlySet<string>,
): TrainingProblem[] {
  const problems: TrainingProblem[] = [];
  const count = new Map<string, number>();
  for (const mod of modules) count.set(mod.id, (count.get(mod.id) ?? 0) + 1);
  for (const id of MODULE_IDS) {
    const n = count.get(id) ?? 0;
    if (n === 0)
      problems.push({
        code: "module-missing",
        moduleId: id,
        path: "",
        message: `module ${id} is missing`,
      });
    if (n > 1)
      problems.push({
        code: "module-duplicate",
        moduleId: id,
        path: "",
        message: `module ${id} appears ${n} times`,
      });
  }
  for (const mod of modules) {
    checkModule(mod, knownIndicatorIds, knownKnowledgeIds, (code, path, message) =>
      problems.push({ code, moduleId: mod.id, path, message }),
    );
  }
  return problems;
}

/**
 * The other direction of the link: every catalogue indicator names a training module that
 * exists (issue 9: "every signal in the catalogue links to the module that explains it").
 */
export function validateIndicatorTrainingLinks(
  indicators: ReadonlyArray<{ readonly id: string; readonly trainingModule: string }>,
): TrainingProblem[] {
  const moduleIds: ReadonlySet<string> = new Set(MODULE_IDS);
  return indicators
    .filter((ind) => !moduleIds.has(ind.trainingModule))
    .map((ind) => ({
      code: "indicator-module-unknown" as const,
      moduleId: null,
      path: `indicators[${ind.id}].trainingModule`,
      message: `indicator ${ind.id} points to unknown training module "${ind.trainingModule}"`,
    }));
}
