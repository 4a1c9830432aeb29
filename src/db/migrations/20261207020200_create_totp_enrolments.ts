import type { Kysely } from "kysely";

/**
 * A started but unconfirmed TOTP enrolment per user (it lived in process memory, so a confirm
 * that reached another instance failed). The secret is encrypted like the confirmed one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("totp_enrolments")
    .addColumn("user_id", "varchar(36)", (c) => c.primaryKey().references("users.id"))
    .addColumn("secret_enc", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("totp_enrolments").execute();
}
