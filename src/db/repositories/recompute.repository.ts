import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Youth ids in id order, optionally only those whose picture is older than a moment. */
export async function listYouthIdsForRecompute(
  db: Kysely<Database>,
  after: string,
  limit: number,
  olderThan?: string,
): Promise<string[]> {
  let q = db.selectFrom("youths").select("id").where("id", ">", after);
  if (olderThan)
    q = q.where((eb) =>
      eb.or([eb("picture_computed_at", "is", null), eb("picture_computed_at", "<", olderThan)]),
    );
  const rows = await q.orderBy("id").limit(limit).execute();
  return rows.map((r) => r.id);
}
