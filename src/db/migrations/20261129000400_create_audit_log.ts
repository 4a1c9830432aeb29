import type { Kysely } from "kysely";
import { isPostgres } from "../dialect.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("audit_log")
    .addColumn("seq", isPostgres(db) ? "serial" : "integer", (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("id", "varchar(36)", (c) => c.notNull().unique())
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .addColumn("actor_id", "varchar(36)")
    .addColumn("actor_role", "varchar(40)")
    .addColumn("actor_org_id", "varchar(36)")
    .addColumn("action", "varchar(60)", (c) => c.notNull())
    .addColumn("outcome", "varchar(20)", (c) => c.notNull())
    .addColumn("youth_id", "varchar(36)")
    .addColumn("record_type", "varchar(40)")
    .addColumn("record_ids", "text", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .addColumn("client", "varchar(200)")
    .addColumn("reason", "text")
    .addColumn("details", "text", (c) => c.notNull())
    .addColumn("prev_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("hash", "varchar(64)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_youth_idx")
    .on("audit_log")
    .columns(["youth_id", "seq"])
    .execute();
  await db.schema
    .createIndex("audit_actor_idx")
    .on("audit_log")
    .columns(["actor_id", "seq"])
    .execute();
  await db.schema.createIndex("audit_at_idx").on("audit_log").column("at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
}
