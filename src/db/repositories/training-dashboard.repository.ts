/**
 * Aggregate queries for the training dashboard and the named records list. Figures are grouped
 * in SQL where that is simple in both dialects; the rest is small enough to group in the service.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export interface Period {
  /** Inclusive start and exclusive end as ISO timestamps (dates compare as prefixes). */
  from: string;
  to: string;
}

export interface CompletionRow {
  user_id: string;
  organisation_id: string;
  module_id: string;
  completed_at: string;
  last_passed_at: string | null;
}

/** Every completed module (optionally of one organisation); at most users × modules rows. */
export function listCompletions(
  db: Kysely<Database>,
  organisationId: string | null,
): Promise<CompletionRow[]> {
  let q = db
    .selectFrom("training_progress")
    .select(["user_id", "organisation_id", "module_id", "completed_at", "last_passed_at"])
    .where("completed_at", "is not", null);
  if (organisationId) q = q.where("organisation_id", "=", organisationId);
  return q
    .execute()
    .then((rows) =>
      rows.flatMap((r) =>
        r.completed_at === null ? [] : [{ ...r, completed_at: r.completed_at }],
      ),
    );
}

export interface ModuleStatRow {
  module_id: string;
  started: number;
  completed: number;
  average_best: number | null;
}

/** Per module: learners who started in the period, how many of them completed, mean best score. */
export async function moduleStats(
  db: Kysely<Database>,
  organisationId: string | null,
  period: Period,
): Promise<ModuleStatRow[]> {
  let q = db
    .selectFrom("training_progress")
    .where("started_at", ">=", period.from)
    .where("started_at", "<", period.to);
  if (organisationId) q = q.where("organisation_id", "=", organisationId);
  const rows = await q
    .select((eb) => [
      "module_id",
      eb.fn.countAll<number>().as("started"),
      eb.fn.count<number>("completed_at").as("completed"),
      eb.fn.avg<number | null>("best_score").as("average_best"),
    ])
    .groupBy("module_id")
    .execute();
  return rows.map((r) => ({
    module_id: r.module_id,
    started: Number(r.started),
    completed: Number(r.completed),
    average_best: r.average_best === null ? null : Number(r.average_best),
  }));
}

export interface QuestionStatRow {
  module_id: string;
  question_id: string;
  answers: number;
  correct: number;
}

/** Per knowledge-check question: answers given in the period and how many were correct. */
export async function questionStats(
  db: Kysely<Database>,
  organisationId: string | null,
  period: Period,
): Promise<QuestionStatRow[]> {
  let q = db
    .selectFrom("training_question_results as r")
    .innerJoin("training_quiz_attempts as a", "a.id", "r.attempt_id")
    .where("a.created_at", ">=", period.from)
    .where("a.created_at", "<", period.to);
  if (organisationId) q = q.where("r.organisation_id", "=", organisationId);
  const rows = await q
    .select((eb) => [
      "r.module_id",
      "r.question_id",
      eb.fn.countAll<number>().as("answers"),
      eb.fn.sum<number>("r.correct").as("correct"),
    ])
    .groupBy(["r.module_id", "r.question_id"])
    .execute();
  return rows.map((r) => ({
    module_id: r.module_id,
    question_id: r.question_id,
    answers: Number(r.answers),
    correct: Number(r.correct),
  }));
}

export interface ClassroomFigureRow {
  organisation_id: string;
  held_on: string;
  participants: number;
}

/** Classroom trainings held in the period (dates as YYYY-MM-DD). */
export function classroomInPeriod(
  db: Kysely<Database>,
  organisationId: string | null,
  period: Period,
): Promise<ClassroomFigureRow[]> {
  let q = db
    .selectFrom("training_classroom_sessions")
    .select(["organisation_id", "held_on", "participants"])
    .where("held_on", ">=", period.from.slice(0, 10))
    .where("held_on", "<", period.to.slice(0, 10));
  if (organisationId) q = q.where("organisation_id", "=", organisationId);
  return q.execute();
}

export interface LearnerRow {
  id: string;
  display_name: string;
  organisation_id: string;
}

/** A page of professionals (optionally of one organisation) by name, with the total count. */
export async function listLearners(
  db: Kysely<Database>,
  organisationId: string | null,
  page: { limit: number; offset: number },
): Promise<{ rows: LearnerRow[]; total: number }> {
  let q = db.selectFrom("users").where("status", "=", "active");
  if (organisationId) q = q.where("organisation_id", "=", organisationId);
  const rows = await q
    .select(["id", "display_name", "organisation_id"])
    .orderBy("display_name")
    .orderBy("id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  return { rows, total: Number(count?.n ?? 0) };
}
