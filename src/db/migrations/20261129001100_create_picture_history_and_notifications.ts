import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("picture_history")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("level", "integer", (c) => c.notNull())
    .addColumn("rules_version", "varchar(20)", (c) => c.notNull())
    .addColumn("computed_at", "varchar(32)", (c) => c.notNull())
    .addColumn("cause", "varchar(60)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("picture_history_youth_idx")
    .on("picture_history")
    .columns(["youth_id", "computed_at"])
    .execute();
  await db.schema
    .createTable("notifications")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.references("youths.id"))
    .addColumn("kind", "varchar(40)", (c) => c.notNull())
    .addColumn("level", "integer")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("read_at", "varchar(32)")
    .execute();
  await db.schema
    .createIndex("notifications_user_idx")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("notifications").execute();
  await db.schema.dropTable("picture_history").execute();
}
