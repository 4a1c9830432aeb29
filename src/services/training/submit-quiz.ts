/**
 * Scores a knowledge check (scoreQuiz) and stores the attempt with per-question correctness.
 * Retakes are always allowed; the best score is kept; passing completes the module (and renews
 * a completion for the refresher interval).
 */
import { randomUUID } from "node:crypto";
import {
  findRefresherMonths,
  insertQuizAttempt,
} from "../../db/repositories/training.repository.js";
import { validationFailed } from "../../domain/errors.js";
import { scoreQuiz } from "../../domain/training/scoring.js";
import type { TrainingModule } from "../../domain/training/schema.js";
import type { QuizAnswerResult, TrainingLang } from "../../shared/training.schema.js";
import { localise } from "../catalog/catalog-view.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { changeProgress } from "./change-progress.js";
import { requireModule, trainingContent } from "./load-training.js";
import { progressView } from "./progress-view.js";

export interface SubmitQuizInput {
  id: string;
  answers: Readonly<Record<string, string>>;
  lang: TrainingLang;
}

function checkIds(mod: TrainingModule, answers: Readonly<Record<string, string>>): void {
  const problems = Object.entries(answers).flatMap(([questionId, optionId]) => {
    const q = mod.quiz.questions.find((x) => x.id === questionId);
    if (!q) return [{ path: `answers.${questionId}`, message: "unknown question" }];
    if (!q.options.some((o) => o.id === optionId)) {
      return [{ path: `answers.${questionId}`, message: "unknown option" }];
    }
    return [];
  });
  if (problems.length > 0) throw validationFailed("The answers do not fit this check.", problems);
}

/** Scores and stores one attempt; returns the result with an explanation per question. */
export async function submitQuiz(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: SubmitQuizInput,
): Promise<QuizAnswerResult> {
  const mod = requireModule(trainingContent(deps), input.id);
  checkIds(mod, input.answers);
  const result = scoreQuiz(mod, input.answers);
  const at = ctx.now.toISOString();
  const { row } = await changeProgress(deps, ctx, mod.id, async (current, trx) => {
    const attemptId = randomUUID();
    await insertQuizAttempt(
      trx,
      {
        id: attemptId,
        progress_id: current.id,
        user_id: ctx.actor.userId,
        organisation_id: current.organisation_id,
        module_id: mod.id,
        score: result.score,
        correct_count: result.correctCount,
        total: result.total,
        passed: result.passed ? 1 : 0,
        created_at: at,
      },
      result.perQuestion.map((q) => ({
        attempt_id: attemptId,
        organisation_id: current.organisation_id,
        module_id: mod.id,
        question_id: q.questionId,
        chosen_option_id: q.chosen,
        correct: q.correct ? 1 : 0,
      })),
    );
    return {
      patch: {
        attempts: current.attempts + 1,
        best_score: Math.max(current.best_score ?? 0, result.score),
        completed_at: current.completed_at ?? (result.passed ? at : null),
        last_passed_at: result.passed ? at : current.last_passed_at,
      },
      audit: {
        event: "quiz",
        attemptId,
        score: Math.round(result.score * 100),
        passed: result.passed,
      },
      result: null,
    };
  });
  const months = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  return { result: localise(result, input.lang), progress: progressView(row, months, ctx.now) };
}
