import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("signals")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("recorded_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("recorder_org_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("recorder_role", "varchar(40)", (c) => c.notNull())
    .addColumn("observed_at", "varchar(10)", (c) => c.notNull())
    .addColumn("source", "varchar(30)", (c) => c.notNull())
    .addColumn("source_detail_enc", "text")
    .addColumn("facts_enc", "text", (c) => c.notNull())
    .addColumn("interpretation_enc", "text")
    .addColumn("context_answers_enc", "text")
    .addColumn("catalog_version", "varchar(20)", (c) => c.notNull())
    .addColumn("idempotency_key", "varchar(100)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("signals_youth_idx")
    .on("signals")
    .columns(["youth_id", "observed_at"])
    .execute();
  await db.schema
    .createIndex("signals_idempotency_uq")
    .on("signals")
    .columns(["recorded_by", "idempotency_key"])
    .unique()
    .execute();
  await db.schema
    .createTable("signal_indicators")
    .addColumn("signal_id", "varchar(36)", (c) => c.notNull().references("signals.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull())
    .addColumn("indicator_id", "varchar(80)", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_indicators_pk", ["signal_id", "indicator_id"])
    .execute();
  await db.schema
    .createIndex("signal_indicators_youth_idx")
    .on("signal_indicators")
    .column("youth_id")
    .execute();
  await db.schema
    .createTable("signal_retractions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("signal_id", "varchar(36)", (c) => c.notNull().unique().references("signals.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull())
    .addColumn("retracted_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("signal_retractions_youth_idx")
    .on("signal_retractions")
    .column("youth_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("signal_retractions").execute();
  await db.schema.dropTable("signal_indicators").execute();
  await db.schema.dropTable("signals").execute();
}
