/**
 * Reading a stored progress row: the JSON columns, the status with the refresher interval, and
 * the shape the API sends (ProgressView).
 */
import { z } from "zod";
import type { TrainingProgressRow } from "../../db/repositories/training.repository.js";
import { moduleStatus, refresherDueAt } from "../../domain/training/status.js";
import type { ProgressView } from "../../shared/training.schema.js";

const exerciseRecord = z.object({
  correct: z.boolean(),
  complete: z.boolean(),
  at: z.string(),
  tries: z.number().int(),
});
export type ExerciseRecord = z.infer<typeof exerciseRecord>;
const exerciseRecords = z.record(z.string(), exerciseRecord);
const pageList = z.array(z.string());

/** Page ids the learner opened. */
export function pagesViewed(row: Pick<TrainingProgressRow, "pages_viewed">): string[] {
  const parsed = pageList.safeParse(JSON.parse(row.pages_viewed));
  return parsed.success ? parsed.data : [];
}

/** Exercise id → the learner's latest result. */
export function exerciseResults(
  row: Pick<TrainingProgressRow, "exercise_results">,
): Record<string, ExerciseRecord> {
  const parsed = exerciseRecords.safeParse(JSON.parse(row.exercise_results));
  return parsed.success ? parsed.data : {};
}

/** The API view of one module's progress (a not-started view when there is no row). */
export function progressView(
  row: TrainingProgressRow | undefined,
  refresherMonths: number | null,
  now: Date,
): ProgressView {
  if (!row) {
    return {
      status: "not_started",
      startedAt: null,
      pagesViewed: [],
      exercisesDone: [],
      bestScore: null,
      attempts: 0,
      completedAt: null,
      lastPassedAt: null,
      refresherDueAt: null,
    };
  }
  const results = exerciseResults(row);
  return {
    status: moduleStatus(
      { startedAt: row.started_at, lastPassedAt: row.last_passed_at },
      refresherMonths,
      now,
    ),
    startedAt: row.started_at,
    pagesViewed: pagesViewed(row),
    exercisesDone: Object.keys(results).filter((id) => results[id]?.complete === true),
    bestScore: row.best_score,
    attempts: row.attempts,
    completedAt: row.completed_at,
    lastPassedAt: row.last_passed_at,
    refresherDueAt: refresherDueAt(row.last_passed_at, refresherMonths),
  };
}
