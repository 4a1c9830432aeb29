import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("missing_episodes")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ended_at", "varchar(32)")
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("missing_episodes_youth_idx")
    .on("missing_episodes")
    .column("youth_id")
    .execute();
  await db.schema
    .createTable("safety_alerts")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("raised_at", "varchar(32)", (c) => c.notNull())
    .addColumn("raised_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("handled_at", "varchar(32)")
    .addColumn("handled_by", "varchar(36)")
    .addColumn("source_id", "varchar(36)")
    .execute();
  await db.schema
    .createIndex("safety_alerts_youth_idx")
    .on("safety_alerts")
    .column("youth_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("safety_alerts").execute();
  await db.schema.dropTable("missing_episodes").execute();
}
