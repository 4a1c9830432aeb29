/** The sociale kaart checks: append a check, read the newest check per contact. */
import type { Kysely, Transaction } from "kysely";
import type { ContactCheckTable } from "../contacts-schema.js";
import type { Database } from "../schema.js";

export type ContactCheckRow = ContactCheckTable;

/** Appends a check (checks are never updated or deleted). */
export async function insertContactCheck(
  trx: Transaction<Database>,
  row: ContactCheckRow,
): Promise<void> {
  await trx.insertInto("contact_checks").values(row).execute();
}

/**
 * The newest check of every contact that has one: at most one row per contact, so bounded by
 * the number of contacts in the content.
 */
export function latestContactChecks(db: Kysely<Database>): Promise<ContactCheckRow[]> {
  return db
    .selectFrom("contact_checks as c")
    .selectAll("c")
    .where(({ eb, selectFrom }) =>
      eb(
        "c.recorded_at",
        "=",
        selectFrom("contact_checks as n")
          .select((s) => s.fn.max("n.recorded_at").as("latest"))
          .whereRef("n.contact_id", "=", "c.contact_id"),
      ),
    )
    .orderBy("c.contact_id")
    .execute()
    .then((rows) => {
      // Two checks recorded in the same millisecond: keep one per contact.
      const byContact = new Map<string, ContactCheckRow>();
      for (const r of rows) if (!byContact.has(r.contact_id)) byContact.set(r.contact_id, r);
      return [...byContact.values()];
    });
}
