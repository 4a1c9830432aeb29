/** Reports (CoMensha, Veilig Thuis, police). Content arrives encrypted. */
import type { Insertable, Selectable } from "kysely";
import type { ReportTable } from "../steps-schema.js";
import type { Db } from "./youth.repository.js";

export type ReportRow = Selectable<ReportTable>;

export async function insertReport(db: Db, row: Insertable<ReportTable>): Promise<void> {
  await db.insertInto("reports").values(row).execute();
}

const withPeople = (db: Db) =>
  db
    .selectFrom("reports as r")
    .innerJoin("users as cu", "cu.id", "r.created_by")
    .innerJoin("organisations as co", "co.id", "cu.organisation_id")
    .leftJoin("users as su", "su.id", "r.sent_by")
    .leftJoin("organisations as so", "so.id", "su.organisation_id")
    .selectAll("r")
    .select([
      "cu.display_name as creator_name",
      "co.name as creator_org",
      "su.display_name as sender_name",
      "so.name as sender_org",
    ]);

export type ReportWithPeople = Awaited<ReturnType<typeof listReports>>[number];

export function findReport(db: Db, youthId: string, id: string) {
  return withPeople(db).where("r.id", "=", id).where("r.youth_id", "=", youthId).executeTakeFirst();
}

/** Every report of a youth, newest first. */
export function listReports(db: Db, youthId: string) {
  return withPeople(db)
    .where("r.youth_id", "=", youthId)
    .orderBy("r.created_at", "desc")
    .orderBy("r.id", "asc")
    .execute();
}

/** Changes a draft when its version still matches; false when stale or already sent. */
export async function updateDraftReport(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<ReportTable, "id" | "version" | "youth_id" | "kind">>,
): Promise<boolean> {
  const r = await db
    .updateTable("reports")
    .set({ ...changes, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
