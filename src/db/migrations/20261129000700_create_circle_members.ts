import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("circle_members")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("relation", "varchar(30)", (c) => c.notNull())
    .addColumn("read_only", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("access_until", "varchar(32)")
    .addColumn("added_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("added_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ended_at", "varchar(32)")
    .addColumn("ended_by", "varchar(36)")
    .addColumn("ended_reason", "text")
    .execute();
  await db.schema
    .createIndex("circle_user_idx")
    .on("circle_members")
    .columns(["user_id", "youth_id"])
    .execute();
  await db.schema.createIndex("circle_youth_idx").on("circle_members").column("youth_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("circle_members").execute();
}
