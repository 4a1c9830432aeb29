/**
 * Answers a careful learner would give, built from the content (for the demo seed and tests):
 * the advised option of every exercise and the correct answer of every question, with an
 * optional number of wrong answers.
 */
import type { ExerciseAnswer, TrainingModule } from "../../domain/training/schema.js";

/** The fitting answer for each exercise of a module. */
export function correctExerciseAnswers(
  mod: TrainingModule,
): Array<{ exerciseId: string; answer: ExerciseAnswer }> {
  return mod.exercises.map((ex) => {
    if (ex.kind === "choice") {
      const optionIds = ex.options.filter((o) => o.correct).map((o) => o.id);
      return { exerciseId: ex.id, answer: { kind: "choice", optionIds } };
    }
    if (ex.kind === "ordering") {
      const itemIds = [...ex.items].sort((a, b) => a.position - b.position).map((i) => i.id);
      return { exerciseId: ex.id, answer: { kind: "ordering", itemIds } };
    }
    const choices: Record<string, string> = {};
    for (const step of ex.steps) {
      const advised = step.options.find((o) => o.correct);
      if (advised) choices[step.id] = advised.id;
    }
    return { exerciseId: ex.id, answer: { kind: "case", choices } };
  });
}

/**
 * Knowledge-check answers: correct, except for the first `wrong` questions counted from
 * `wrongFrom` (wrapping), which get a wrong option.
 */
export function quizAnswersFor(
  mod: TrainingModule,
  wrong = 0,
  wrongFrom = 0,
): Record<string, string> {
  const questions = mod.quiz.questions;
  const wrongIds = new Set(
    Array.from({ length: Math.min(wrong, questions.length) }, (_, i) => {
      const q = questions[(wrongFrom + i) % questions.length];
      return q?.id ?? "";
    }),
  );
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const pick = wrongIds.has(q.id)
      ? q.options.find((o) => !o.correct)
      : q.options.find((o) => o.correct);
    if (pick) answers[q.id] = pick.id;
  }
  return answers;
}
