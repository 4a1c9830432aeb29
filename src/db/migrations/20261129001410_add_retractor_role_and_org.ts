import type { Kysely } from "kysely";

/**
 * The role and organisation of whoever retracted a signal, as they were at that moment (the
 * timeline shows them, as it does for the recorder). Null on retractions made before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("signal_retractions").addColumn("retractor_role", "text").execute();
  await db.schema
    .alterTable("signal_retractions")
    .addColumn("retractor_org_id", "text", (col) => col.references("organisations.id"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("signal_retractions").dropColumn("retractor_org_id").execute();
  await db.schema.alterTable("signal_retractions").dropColumn("retractor_role").execute();
}
