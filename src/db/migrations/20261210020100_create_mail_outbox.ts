import type { Kysely } from "kysely";

/**
 * The mail outbox (issue 19): a request inserts a row, the deliverer sends it with retries.
 * The template's parameters are encrypted (`payload_enc`) and cleared once sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("template", "varchar(40)", (c) => c.notNull())
    .addColumn("recipient", "varchar(320)", (c) => c.notNull())
    .addColumn("language", "varchar(5)", (c) => c.notNull())
    .addColumn("payload_enc", "text")
    .addColumn("status", "varchar(10)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_error", "varchar(500)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("sent_at", "varchar(32)")
    .execute();
  await db.schema
    .createIndex("mail_outbox_due_idx")
    .on("mail_outbox")
    .columns(["status", "next_attempt_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("mail_outbox").execute();
}
