/**
 * Checks a learner's answer to one exercise (checkExercise), stores the latest result and
 * returns feedback per answer in the learner's language.
 */
import { findRefresherMonths } from "../../db/repositories/training.repository.js";
import { notFound, validationFailed } from "../../domain/errors.js";
import { checkExercise } from "../../domain/training/scoring.js";
import type { ExerciseAnswer } from "../../domain/training/schema.js";
import type { ExerciseAnswerResult, TrainingLang } from "../../shared/training.schema.js";
import { localise } from "../catalog/catalog-view.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { changeProgress } from "./change-progress.js";
import { requireModule, trainingContent } from "./load-training.js";
import { exerciseResults, progressView } from "./progress-view.js";

export interface ExerciseAnswerInput {
  id: string;
  exerciseId: string;
  answer: ExerciseAnswer;
  lang: TrainingLang;
}

/** Records the answer; VALIDATION_FAILED when it does not fit the exercise. */
export async function recordExerciseAnswer(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: ExerciseAnswerInput,
): Promise<ExerciseAnswerResult> {
  const mod = requireModule(trainingContent(deps), input.id);
  const exercise = mod.exercises.find((e) => e.id === input.exerciseId);
  if (!exercise) throw notFound("exercise");
  const result = checkExercise(exercise, input.answer);
  if (!result) {
    throw validationFailed("The answer does not fit this exercise.", [
      { path: "body", message: `expected a complete ${exercise.kind} answer with known ids` },
    ]);
  }
  const complete = result.kind !== "case" || result.steps.every((s) => s.chosen !== null);
  const { row } = await changeProgress(deps, ctx, mod.id, async (current) => {
    const results = exerciseResults(current);
    const previous = results[exercise.id];
    const record = {
      correct: result.correct,
      complete: complete || previous?.complete === true,
      at: ctx.now.toISOString(),
      tries: (previous?.tries ?? 0) + 1,
    };
    return {
      patch: { exercise_results: JSON.stringify({ ...results, [exercise.id]: record }) },
      audit: { event: "exercise", exerciseId: exercise.id, correct: result.correct, complete },
      result: null,
    };
  });
  const months = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  return {
    result: localise(result, input.lang),
    progress: progressView(row, months, ctx.now),
  };
}
