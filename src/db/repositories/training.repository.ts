/**
 * Training records: module progress, knowledge-check attempts, classroom trainings and refresher
 * intervals. Every function takes a Kysely instance or a transaction.
 */
import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { Database } from "../schema.js";
import type {
  TrainingClassroomSessionTable,
  TrainingProgressTable,
  TrainingQuestionResultTable,
  TrainingQuizAttemptTable,
} from "../training-schema.js";

export type TrainingProgressRow = Selectable<TrainingProgressTable>;
export type TrainingClassroomRow = Selectable<TrainingClassroomSessionTable>;

/** One learner's progress in one module, if started. */
export function findProgress(
  db: Kysely<Database>,
  userId: string,
  moduleId: string,
): Promise<TrainingProgressRow | undefined> {
  return db
    .selectFrom("training_progress")
    .selectAll()
    .where("user_id", "=", userId)
    .where("module_id", "=", moduleId)
    .executeTakeFirst();
}

/** Every module a learner has started (at most one row per module). */
export function listProgressOfUsers(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<TrainingProgressRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("training_progress")
    .selectAll()
    .where("user_id", "in", userIds)
    .orderBy("module_id")
    .execute();
}

/** Inserts a progress row unless the learner already started; true when a row was added. */
export async function insertProgressIfAbsent(
  db: Kysely<Database>,
  row: Insertable<TrainingProgressTable>,
): Promise<boolean> {
  const result = await db
    .insertInto("training_progress")
    .values(row)
    .onConflict((oc) => oc.columns(["user_id", "module_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Updates a progress row if nobody changed it since it was read; false on a lost race. */
export async function updateProgress(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Omit<Updateable<TrainingProgressTable>, "id" | "version">,
): Promise<boolean> {
  const result = await db
    .updateTable("training_progress")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Stores one knowledge-check attempt with its per-question results. */
export async function insertQuizAttempt(
  db: Kysely<Database>,
  attempt: Insertable<TrainingQuizAttemptTable>,
  questions: readonly Insertable<TrainingQuestionResultTable>[],
): Promise<void> {
  await db.insertInto("training_quiz_attempts").values(attempt).execute();
  if (questions.length > 0) {
    await db
      .insertInto("training_question_results")
      .values([...questions])
      .execute();
  }
}

/** The refresher interval of an organisation in months, or null when none is set. */
export async function findRefresherMonths(
  db: Kysely<Database>,
  organisationId: string,
): Promise<number | null> {
  const row = await db
    .selectFrom("training_refresher_intervals")
    .select("months")
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row?.months ?? null;
}

/** Every organisation's refresher interval that is set. */
export async function listRefresherMonths(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("training_refresher_intervals")
    .select(["organisation_id", "months"])
    .where("months", "is not", null)
    .execute();
  return new Map(rows.flatMap((r) => (r.months === null ? [] : [[r.organisation_id, r.months]])));
}

/** Sets (or clears, with null) an organisation's refresher interval. */
export async function saveRefresherMonths(
  db: Kysely<Database>,
  organisationId: string,
  months: number | null,
  updatedBy: string,
  at: string,
): Promise<void> {
  await db
    .insertInto("training_refresher_intervals")
    .values({ organisation_id: organisationId, months, updated_by: updatedBy, updated_at: at })
    .onConflict((oc) =>
      oc.column("organisation_id").doUpdateSet({ months, updated_by: updatedBy, updated_at: at }),
    )
    .execute();
}

/** Records a classroom training. */
export async function insertClassroomSession(
  db: Kysely<Database>,
  row: Insertable<TrainingClassroomSessionTable>,
): Promise<void> {
  await db.insertInto("training_classroom_sessions").values(row).execute();
}

export interface ClassroomFilter {
  organisationId?: string | undefined;
  /** Inclusive start and exclusive end, as YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
}

/** A page of classroom trainings, newest first, with the total count. */
export async function listClassroomSessions(
  db: Kysely<Database>,
  filter: ClassroomFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: TrainingClassroomRow[]; total: number }> {
  let q = db.selectFrom("training_classroom_sessions");
  if (filter.organisationId) q = q.where("organisation_id", "=", filter.organisationId);
  if (filter.from) q = q.where("held_on", ">=", filter.from);
  if (filter.to) q = q.where("held_on", "<", filter.to);
  const rows = await q
    .selectAll()
    .orderBy("held_on", "desc")
    .orderBy("id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  return { rows, total: Number(count?.n ?? 0) };
}
