import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("youths")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("display_name_enc", "text", (c) => c.notNull())
    .addColumn("v_number_enc", "text")
    .addColumn("v_number_idx", "varchar(64)")
    .addColumn("bsn_enc", "text")
    .addColumn("bsn_idx", "varchar(64)")
    .addColumn("dob_enc", "text", (c) => c.notNull())
    .addColumn("dob_estimated", "integer", (c) => c.notNull())
    .addColumn("name_dob_idx", "varchar(64)", (c) => c.notNull())
    .addColumn("nationality", "varchar(60)")
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("gender", "varchar(20)")
    .addColumn("location_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("arrived_at", "varchar(10)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("level", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("previous_level", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("level_changed_at", "varchar(32)")
    .addColumn("picture", "text")
    .addColumn("picture_computed_at", "varchar(32)")
    .addColumn("rules_version", "varchar(20)")
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("youths_v_number_idx").on("youths").column("v_number_idx").execute();
  await db.schema.createIndex("youths_bsn_idx").on("youths").column("bsn_idx").execute();
  await db.schema.createIndex("youths_name_dob_idx").on("youths").column("name_dob_idx").execute();
  await db.schema
    .createIndex("youths_location_level_idx")
    .on("youths")
    .columns(["location_id", "level", "level_changed_at"])
    .execute();
  await db.schema
    .createIndex("youths_level_idx")
    .on("youths")
    .columns(["level", "level_changed_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("youths").execute();
}
