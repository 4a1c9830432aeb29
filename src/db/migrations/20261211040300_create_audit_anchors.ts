import type { Kysely } from "kysely";

/**
 * Anchors of the access-log chains (issue 22, ADR 0008 part 2): before the retention job removes
 * the oldest entries of a keyed chain it records the position and MAC of the last removed entry,
 * signed with the checkpoint key, so `verify-audit` starts the chain there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("audit_anchors")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("chain", "integer", (c) => c.notNull())
    .addColumn("chain_pos", "integer", (c) => c.notNull())
    .addColumn("hash", "varchar(64)", (c) => c.notNull())
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .addColumn("mac_key", "varchar(40)", (c) => c.notNull())
    .addColumn("mac", "varchar(64)", (c) => c.notNull())
    .addUniqueConstraint("audit_anchors_chain_pos_uq", ["chain", "chain_pos"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audit_anchors").execute();
}
