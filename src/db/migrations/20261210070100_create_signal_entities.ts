import type { Kysely } from "kysely";

/**
 * Structured mentions on a signal (issue 25): phone numbers, addresses, names, vehicles, handles
 * and places. Append-only like the signal they belong to; the value is encrypted and matched only
 * through the keyed blind index `value_idx` (ADR 0021).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("signal_entities")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("signal_id", "varchar(36)", (c) => c.notNull().references("signals.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("value_enc", "text", (c) => c.notNull())
    .addColumn("value_idx", "varchar(64)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("signal_entities_value_idx")
    .on("signal_entities")
    .columns(["value_idx", "youth_id"])
    .execute();
  await db.schema
    .createIndex("signal_entities_youth_idx")
    .on("signal_entities")
    .column("youth_id")
    .execute();
  await db.schema
    .createIndex("signal_entities_signal_idx")
    .on("signal_entities")
    .column("signal_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("signal_entities").execute();
}
