/** Safety alerts raised by a safety check ("danger now") and how the circle handled them. */
import type { Insertable } from "kysely";
import type { SafetyAlertTable } from "../schema.js";
import type { Db } from "./youth.repository.js";

export async function insertSafetyAlert(db: Db, row: Insertable<SafetyAlertTable>): Promise<void> {
  await db.insertInto("safety_alerts").values(row).execute();
}

/** An open alert raised by this step record, if any. */
export function findOpenAlertBySource(db: Db, youthId: string, sourceId: string) {
  return db
    .selectFrom("safety_alerts")
    .select("id")
    .where("youth_id", "=", youthId)
    .where("source_id", "=", sourceId)
    .where("handled_at", "is", null)
    .executeTakeFirst();
}

/** A youth's alerts with who raised and handled them, newest first. */
export function listSafetyAlertsWithPeople(db: Db, youthId: string) {
  return db
    .selectFrom("safety_alerts as a")
    .innerJoin("users as ru", "ru.id", "a.raised_by")
    .innerJoin("organisations as ro", "ro.id", "ru.organisation_id")
    .leftJoin("users as hu", "hu.id", "a.handled_by")
    .leftJoin("organisations as ho", "ho.id", "hu.organisation_id")
    .selectAll("a")
    .select([
      "ru.display_name as raiser_name",
      "ro.name as raiser_org",
      "hu.display_name as handler_name",
      "ho.name as handler_org",
    ])
    .where("a.youth_id", "=", youthId)
    .orderBy("a.raised_at", "desc")
    .execute();
}

/** Marks an open alert handled; false when it does not exist or was already handled. */
export async function markAlertHandled(
  db: Db,
  youthId: string,
  id: string,
  by: string,
  at: string,
  noteEnc: string,
): Promise<boolean> {
  const r = await db
    .updateTable("safety_alerts")
    .set({ handled_at: at, handled_by: by, handled_note_enc: noteEnc })
    .where("id", "=", id)
    .where("youth_id", "=", youthId)
    .where("handled_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function findSafetyAlert(db: Db, youthId: string, id: string) {
  return db
    .selectFrom("safety_alerts")
    .selectAll()
    .where("id", "=", id)
    .where("youth_id", "=", youthId)
    .executeTakeFirst();
}
