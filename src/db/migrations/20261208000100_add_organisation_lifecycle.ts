import type { Kysely } from "kysely";

/**
 * An organisation can be renamed (optimistic concurrency: `version`) and deactivated
 * (`deactivated_at`; null = active) by the system admin (issue 19). SQLite adds one column per
 * statement, hence two calls.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisations").addColumn("deactivated_at", "varchar(32)").execute();
  await db.schema
    .alterTable("organisations")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisations").dropColumn("version").execute();
  await db.schema.alterTable("organisations").dropColumn("deactivated_at").execute();
}
