import type { Kysely } from "kysely";

/**
 * Checks of sociale kaart entries: who (by name, at the time) checked which contact, and on which
 * day. Append-only; the newest row per contact is what the sociale kaart shows. A row cannot
 * exist without a named checker (NOT NULL), so no date is ever shown without one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("contact_checks")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("contact_id", "varchar(80)", (c) => c.notNull())
    .addColumn("checked_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("checker_name", "varchar(200)", (c) => c.notNull())
    .addColumn("checker_organisation", "varchar(200)", (c) => c.notNull())
    .addColumn("checked_on", "varchar(10)", (c) => c.notNull())
    .addColumn("recorded_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("contact_checks_contact_idx")
    .on("contact_checks")
    .columns(["contact_id", "recorded_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("contact_checks").execute();
}
