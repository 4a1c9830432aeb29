/** Review dates: per youth, per responsible person, and the reminder sweep. */
import type { Insertable, Selectable } from "kysely";
import type { Actor } from "../../domain/policies.js";
import { reachableBy } from "../reachability.js";
import type { ReviewDateTable } from "../steps-schema.js";
import type { Db } from "./youth.repository.js";

export type ReviewRow = Selectable<ReviewDateTable>;

export async function insertReview(db: Db, row: Insertable<ReviewDateTable>): Promise<void> {
  await db.insertInto("review_dates").values(row).execute();
}

export function findReview(db: Db, youthId: string, id: string): Promise<ReviewRow | undefined> {
  return db
    .selectFrom("review_dates")
    .selectAll()
    .where("id", "=", id)
    .where("youth_id", "=", youthId)
    .executeTakeFirst();
}

const withPeople = (db: Db) =>
  db
    .selectFrom("review_dates as r")
    .innerJoin("users as ru", "ru.id", "r.responsible_id")
    .innerJoin("organisations as ro", "ro.id", "ru.organisation_id")
    .leftJoin("users as du", "du.id", "r.done_by")
    .leftJoin("organisations as dor", "dor.id", "du.organisation_id")
    .selectAll("r")
    .select([
      "ru.display_name as responsible_name",
      "ro.name as responsible_org",
      "du.display_name as done_name",
      "dor.name as done_org",
    ]);

export type ReviewWithPeople = Awaited<ReturnType<typeof listReviews>>[number];

/** A youth's reviews, by due date. */
export function listReviews(db: Db, youthId: string) {
  return withPeople(db).where("r.youth_id", "=", youthId).orderBy("r.due_at", "asc").execute();
}

/** Open reviews a user is responsible for, due before `before`, with the youth's name. */
export function listOpenReviewsFor(db: Db, userId: string, before: string) {
  return withPeople(db)
    .innerJoin("youths as y", "y.id", "r.youth_id")
    .select(["y.display_name_enc"])
    .where("r.responsible_id", "=", userId)
    .where("r.done_at", "is", null)
    .where("r.cancelled_at", "is", null)
    .where("r.due_at", "<=", before)
    .orderBy("r.due_at", "asc")
    .limit(200)
    .execute();
}

export async function completeReviewVersioned(
  db: Db,
  id: string,
  expectedVersion: number,
  done: { by: string; at: string; outcomeEnc: string },
): Promise<boolean> {
  const r = await db
    .updateTable("review_dates")
    .set({
      done_at: done.at,
      done_by: done.by,
      outcome_enc: done.outcomeEnc,
      version: expectedVersion + 1,
    })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("done_at", "is", null)
    .where("cancelled_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Cancels the open reviews of a closed traject or ended episode. */
export async function cancelOpenReviews(
  db: Db,
  of: { trajectId?: string; episodeId?: string },
  at: string,
): Promise<number> {
  let q = db
    .updateTable("review_dates")
    .set((eb) => ({ cancelled_at: at, version: eb("version", "+", 1) }))
    .where("done_at", "is", null)
    .where("cancelled_at", "is", null);
  if (of.trajectId) q = q.where("traject_id", "=", of.trajectId);
  else if (of.episodeId) q = q.where("episode_id", "=", of.episodeId);
  else return 0;
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Open reviews due by `dueBefore` whose reminder was not sent yet. */
export function listUnremindedDue(db: Db, dueBefore: string) {
  return db
    .selectFrom("review_dates")
    .select(["id", "youth_id", "responsible_id", "kind"])
    .where("done_at", "is", null)
    .where("cancelled_at", "is", null)
    .where("reminded_at", "is", null)
    .where("due_at", "<=", dueBefore)
    .limit(500)
    .execute();
}

/** Marks one reminder sent; false when another instance sent it first. */
export async function markReminded(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable("review_dates")
    .set({ reminded_at: at })
    .where("id", "=", id)
    .where("reminded_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Which of these youths the actor may reach at `now` (the shared reachability filter). */
export async function reachableYouthIds(
  db: Db,
  actor: Actor,
  now: Date,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("youths")
    .select("id")
    .where(reachableBy(actor, now))
    .where("id", "in", ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Open reviews of a youth that are overdue at `at` (for the caseload's open items). */
export async function countOverdueReviews(db: Db, youthId: string, at: string): Promise<number> {
  const row = await db
    .selectFrom("review_dates")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("youth_id", "=", youthId)
    .where("done_at", "is", null)
    .where("cancelled_at", "is", null)
    .where("due_at", "<=", at)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
