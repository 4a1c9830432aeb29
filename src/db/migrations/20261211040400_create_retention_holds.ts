import type { Kysely } from "kysely";

/**
 * Legal holds (issue 22): a privacy officer keeps a dossier from removal with a reason (for
 * example a police investigation). The reason is free text, so encrypted. A hold is reviewed
 * yearly (`review_due_at`) and lifted, never deleted while the dossier exists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("retention_holds")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("reason_enc", "text", (c) => c.notNull())
    .addColumn("placed_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("placed_at", "varchar(32)", (c) => c.notNull())
    .addColumn("review_due_at", "varchar(32)", (c) => c.notNull())
    .addColumn("lifted_by", "varchar(36)", (c) => c.references("users.id"))
    .addColumn("lifted_at", "varchar(32)")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("retention_holds_youth_idx")
    .on("retention_holds")
    .column("youth_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("retention_holds").execute();
}
