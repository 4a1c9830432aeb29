import type { Kysely } from "kysely";

/**
 * The in-process job runner's queue (ADR 0018), used on SQLite: a restart loses no job. On
 * PostgreSQL pg-boss keeps its own tables in its own schema and this table stays empty.
 * `singleton_key` makes a timer's run for one time slot exist once, however many runners try.
 * `last_error` holds an error message only (handlers never put personal data in one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("state", "varchar(16)", (c) => c.notNull())
    .addColumn("singleton_key", "varchar(200)", (c) => c.unique())
    .addColumn("run_at", "varchar(32)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("retry_limit", "integer", (c) => c.notNull())
    .addColumn("retry_delay_seconds", "integer", (c) => c.notNull())
    .addColumn("locked_until", "varchar(32)")
    .addColumn("last_error", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("completed_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("jobs_due_idx").on("jobs").columns(["state", "run_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("jobs").execute();
}
