import type { Kysely } from "kysely";

/** Reports (CoMensha, Veilig Thuis, police): the form, consent, and the frozen snapshot sent. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reports")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("traject_id", "varchar(36)", (c) => c.references("trajects.id"))
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("status", "varchar(10)", (c) => c.notNull())
    .addColumn("form_enc", "text", (c) => c.notNull())
    .addColumn("consent_enc", "text")
    .addColumn("consent_signer", "varchar(10)")
    .addColumn("snapshot_enc", "text")
    .addColumn("snapshot_hash", "varchar(64)")
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_by", "varchar(36)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addColumn("sent_by", "varchar(36)")
    .addColumn("sent_at", "varchar(32)")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("reports_youth_idx").on("reports").column("youth_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reports").execute();
}
