import type { Kysely } from "kysely";

/**
 * The deletion log (issue 22): one row per removal by the retention job or an erasure decision.
 * Record type, rule, when, how many, and an HMAC reference over the removed ids. No personal
 * data, no ids, no content.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("deletion_log")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .addColumn("record_type", "varchar(40)", (c) => c.notNull())
    .addColumn("rule", "varchar(80)", (c) => c.notNull())
    .addColumn("rows", "integer", (c) => c.notNull())
    .addColumn("reference", "varchar(64)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("deletion_log_at_idx").on("deletion_log").column("at").execute();
  await db.schema
    .createIndex("deletion_log_reference_idx")
    .on("deletion_log")
    .column("reference")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("deletion_log").execute();
}
