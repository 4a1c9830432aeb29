/** Legal holds on dossiers (issue 22): placed and lifted, never edited otherwise. */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";

type Db = Kysely<Database> | Transaction<Database>;

export function insertHold(
  trx: Transaction<Database>,
  row: {
    id: string;
    youth_id: string;
    reason_enc: string;
    placed_by: string;
    placed_at: string;
    review_due_at: string;
  },
) {
  return trx.insertInto("retention_holds").values(row).execute();
}

/** The active hold of a youth, if any. */
export function findActiveHold(db: Db, youthId: string) {
  return db
    .selectFrom("retention_holds")
    .selectAll()
    .where("youth_id", "=", youthId)
    .where("lifted_at", "is", null)
    .executeTakeFirst();
}

/** Lifts a hold when it is still at `version`; false when it changed or was lifted meanwhile. */
export async function liftHold(
  trx: Transaction<Database>,
  id: string,
  version: number,
  by: string,
  at: string,
): Promise<boolean> {
  const r = await trx
    .updateTable("retention_holds")
    .set({ lifted_at: at, lifted_by: by, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("lifted_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every active hold, the first due for review first. */
export function listActiveHolds(db: Db) {
  return db
    .selectFrom("retention_holds")
    .select(["id", "youth_id", "placed_at", "review_due_at", "version"])
    .where("lifted_at", "is", null)
    .orderBy("review_due_at")
    .execute();
}
