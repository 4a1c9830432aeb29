import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("vulnerability_entries")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("factor_id", "varchar(80)", (c) => c.notNull())
    .addColumn("present", "integer", (c) => c.notNull())
    .addColumn("noted_at", "varchar(10)", (c) => c.notNull())
    .addColumn("note_enc", "text")
    .addColumn("recorded_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("vulnerability_youth_idx")
    .on("vulnerability_entries")
    .column("youth_id")
    .execute();
  await db.schema
    .createTable("judgements")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("reason_enc", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("judgements_youth_idx").on("judgements").column("youth_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("judgements").execute();
  await db.schema.dropTable("vulnerability_entries").execute();
}
