import type { Kysely } from "kysely";

/**
 * The keyed, sharded access-log chain (ADR 0008). Rows written before this keep `chain` null:
 * they are the legacy segment with its plain SHA-256 chain, verified as before, and every keyed
 * chain starts on the legacy head. `chain` is the chain (0…N-1) a row belongs to, `chain_pos`
 * its 1-based position there, `mac_key` the id of the key its MAC (in `hash`) was made with.
 * The unique index makes a fork (two rows at one position) impossible even if a lock failed.
 * `reason` becomes `reason_enc`: keyed rows store it encrypted (ADR 0009 binding); the start-up
 * encryption upgrade encrypts the plain reasons of older rows (the chain signs the plaintext).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("audit_log").renameColumn("reason", "reason_enc").execute();
  await db.schema.alterTable("audit_log").addColumn("chain", "integer").execute();
  await db.schema.alterTable("audit_log").addColumn("chain_pos", "integer").execute();
  await db.schema.alterTable("audit_log").addColumn("mac_key", "varchar(40)").execute();
  await db.schema
    .createIndex("audit_chain_pos_idx")
    .on("audit_log")
    .columns(["chain", "chain_pos"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("audit_chain_pos_idx").execute();
  await db.schema.alterTable("audit_log").dropColumn("mac_key").execute();
  await db.schema.alterTable("audit_log").dropColumn("chain_pos").execute();
  await db.schema.alterTable("audit_log").dropColumn("chain").execute();
  await db.schema.alterTable("audit_log").renameColumn("reason_enc", "reason").execute();
}
