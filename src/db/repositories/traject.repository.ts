/**
 * Trajects and their step records. Encrypted columns arrive encrypted; this file only stores and
 * loads rows. Updates are conditional on `version` and report whether they applied.
 */
import type { Insertable, Selectable } from "kysely";
import type { StepRecordTable, TrajectTable } from "../steps-schema.js";
import type { Db } from "./youth.repository.js";

export type TrajectRow = Selectable<TrajectTable>;
export type StepRecordRow = Selectable<StepRecordTable>;

export async function insertTraject(db: Db, row: Insertable<TrajectTable>): Promise<void> {
  await db.insertInto("trajects").values(row).execute();
}

export function findTraject(db: Db, youthId: string, id: string): Promise<TrajectRow | undefined> {
  return db
    .selectFrom("trajects")
    .selectAll()
    .where("id", "=", id)
    .where("youth_id", "=", youthId)
    .executeTakeFirst();
}

/** A youth's trajects with the opener's name and organisation, newest first. */
export function listTrajects(db: Db, youthId: string) {
  return db
    .selectFrom("trajects as t")
    .innerJoin("users as u", "u.id", "t.opened_by")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .selectAll("t")
    .select(["u.display_name as opener_name", "o.name as opener_org"])
    .where("t.youth_id", "=", youthId)
    .orderBy("t.opened_at", "desc")
    .orderBy("t.id", "asc")
    .execute();
}

/** Updates a traject when its version still matches (and bumps it); false when stale. */
export async function updateTrajectVersioned(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<TrajectTable, "id" | "version" | "youth_id">>,
): Promise<boolean> {
  const r = await db
    .updateTable("trajects")
    .set({ ...changes, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertStepRecord(db: Db, row: Insertable<StepRecordTable>): Promise<void> {
  await db.insertInto("step_records").values(row).execute();
}

export function findStepRecord(
  db: Db,
  trajectId: string,
  id: string,
): Promise<StepRecordRow | undefined> {
  return db
    .selectFrom("step_records")
    .selectAll()
    .where("id", "=", id)
    .where("traject_id", "=", trajectId)
    .executeTakeFirst();
}

/** Step records of a youth with author and completer names, oldest first. */
export function listStepRecords(db: Db, youthId: string) {
  return db
    .selectFrom("step_records as s")
    .innerJoin("users as cu", "cu.id", "s.created_by")
    .innerJoin("organisations as co", "co.id", "cu.organisation_id")
    .leftJoin("users as du", "du.id", "s.completed_by")
    .leftJoin("organisations as dor", "dor.id", "du.organisation_id")
    .selectAll("s")
    .select([
      "cu.display_name as creator_name",
      "co.name as creator_org",
      "du.display_name as completer_name",
      "dor.name as completer_org",
    ])
    .where("s.youth_id", "=", youthId)
    .orderBy("s.traject_id", "asc")
    .orderBy("s.seq", "asc")
    .execute();
}

/** The next sequence number of a traject's step records. */
export async function nextStepSeq(db: Db, trajectId: string): Promise<number> {
  const row = await db
    .selectFrom("step_records")
    .select((eb) => eb.fn.max("seq").as("m"))
    .where("traject_id", "=", trajectId)
    .executeTakeFirst();
  return Number(row?.m ?? 0) + 1;
}

export async function updateStepVersioned(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<StepRecordTable, "id" | "version" | "traject_id" | "youth_id" | "step">>,
): Promise<boolean> {
  const r = await db
    .updateTable("step_records")
    .set({ ...changes, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("draft", "=", 1)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
