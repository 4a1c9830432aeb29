import type { Kysely } from "kysely";

/**
 * Keyed upgrades of stored values that a migration cannot do (it has no key): one row per
 * upgrade once it has rewritten every listed column, so start-up skips the scan afterwards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("encryption_upgrades")
    .addColumn("name", "varchar(60)", (c) => c.primaryKey())
    .addColumn("completed_at", "text", (c) => c.notNull())
    .addColumn("rows", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("encryption_upgrades").execute();
}
