/**
 * Kysely table types of the training records (issue 9), added to `Database` in schema.ts.
 * Same conventions as schema.ts: UUID strings, ISO-8601 timestamps, booleans as 0/1, JSON as text.
 */

/** One professional's progress in one module (unique per user and module). */
export interface TrainingProgressTable {
  id: string;
  user_id: string;
  /** The learner's organisation when they started, so figures stay stable after a move. */
  organisation_id: string;
  module_id: string;
  started_at: string;
  /** JSON array of page ids the learner has opened. */
  pages_viewed: string;
  /** JSON object: exercise id → { correct, complete, at }. */
  exercise_results: string;
  /** Best knowledge-check score so far (0–1), or null before the first attempt. */
  best_score: number | null;
  attempts: number;
  /** First time the knowledge check was passed. */
  completed_at: string | null;
  /** Latest time the knowledge check was passed (the refresher interval counts from here). */
  last_passed_at: string | null;
  updated_at: string;
  /** Optimistic concurrency: every update bumps it. */
  version: number;
}

/** One knowledge-check attempt. Retakes add rows; nothing is overwritten. */
export interface TrainingQuizAttemptTable {
  id: string;
  progress_id: string;
  user_id: string;
  organisation_id: string;
  module_id: string;
  score: number;
  correct_count: number;
  total: number;
  passed: number;
  created_at: string;
}

/** Per-question correctness of an attempt, for "weakest questions". */
export interface TrainingQuestionResultTable {
  attempt_id: string;
  organisation_id: string;
  module_id: string;
  question_id: string;
  chosen_option_id: string | null;
  correct: number;
}

/** A classroom training recorded by a trainer (counts towards the dashboard figures). */
export interface TrainingClassroomSessionTable {
  id: string;
  organisation_id: string;
  /** Date of the session, YYYY-MM-DD. */
  held_on: string;
  participants: number;
  title: string | null;
  recorded_by: string;
  created_at: string;
}

/** Refresher interval per organisation; null months means completions do not expire. */
export interface TrainingRefresherIntervalTable {
  organisation_id: string;
  months: number | null;
  updated_by: string;
  updated_at: string;
}
