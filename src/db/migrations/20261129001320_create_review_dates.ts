import type { Kysely } from "kysely";

/** Review dates with a responsible person and reminders (traject monitoring, missing reviews). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("review_dates")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("traject_id", "varchar(36)")
    .addColumn("episode_id", "varchar(36)")
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("due_at", "varchar(32)", (c) => c.notNull())
    .addColumn("responsible_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("note_enc", "text")
    .addColumn("done_at", "varchar(32)")
    .addColumn("done_by", "varchar(36)")
    .addColumn("outcome_enc", "text")
    .addColumn("cancelled_at", "varchar(32)")
    .addColumn("reminded_at", "varchar(32)")
    .addColumn("created_by", "varchar(36)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("review_dates_responsible_idx")
    .on("review_dates")
    .columns(["responsible_id", "due_at"])
    .execute();
  await db.schema
    .createIndex("review_dates_youth_idx")
    .on("review_dates")
    .column("youth_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("review_dates").execute();
}
