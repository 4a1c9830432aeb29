import type { Kysely } from "kysely";

/**
 * Which in-app notifications a user also gets by mail, and when (issue 19): per kind `off`,
 * `immediate` or `daily`; no row means off. `version` for edits, `last_digest_at` for the digest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notice_preferences")
    .addColumn("user_id", "varchar(36)", (c) => c.primaryKey().references("users.id"))
    .addColumn("level_rise", "varchar(10)", (c) => c.notNull())
    .addColumn("access_request", "varchar(10)", (c) => c.notNull())
    .addColumn("review_due", "varchar(10)", (c) => c.notNull())
    .addColumn("language", "varchar(5)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_digest_at", "varchar(32)")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("notice_preferences").execute();
}
