import type { Kysely } from "kysely";

/**
 * Login rate limits and the per-address lockout, shared by every app instance (they lived in
 * process memory, so a second instance started counting from zero). One row per limited key:
 * a keyed hash of the IP address or e-mail address, never the address itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("login_limits")
    .addColumn("key_hash", "varchar(64)", (c) => c.primaryKey())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("reset_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_limits_reset_idx")
    .on("login_limits")
    .column("reset_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("login_limits").execute();
}
