import type { Kysely } from "kysely";

/** A traject per concern (the guided steps) and its step records (who, when, what, why). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("trajects")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("concern_enc", "text")
    .addColumn("opened_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("opened_at", "varchar(32)", (c) => c.notNull())
    .addColumn("closed_by", "varchar(36)")
    .addColumn("closed_at", "varchar(32)")
    .addColumn("close_reason", "varchar(40)")
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("trajects_youth_idx").on("trajects").column("youth_id").execute();
  await db.schema
    .createTable("step_records")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("traject_id", "varchar(36)", (c) => c.notNull().references("trajects.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull())
    .addColumn("step", "varchar(20)", (c) => c.notNull())
    .addColumn("draft", "integer", (c) => c.notNull())
    .addColumn("what_enc", "text", (c) => c.notNull())
    .addColumn("why_enc", "text")
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_by", "varchar(36)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addColumn("completed_by", "varchar(36)")
    .addColumn("completed_at", "varchar(32)")
    .addColumn("recorder_org_id", "varchar(36)", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("step_records_seq_uq", ["traject_id", "seq"])
    .execute();
  await db.schema
    .createIndex("step_records_youth_idx")
    .on("step_records")
    .column("youth_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("step_records").execute();
  await db.schema.dropTable("trajects").execute();
}
