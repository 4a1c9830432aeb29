import type { Kysely } from "kysely";

/**
 * Why a required checklist item of a missing episode was not done when the episode was closed
 * (encrypted free text). Null for items that were done, and on episodes closed before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("missing_checklist_items")
    .addColumn("skip_reason_enc", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("missing_checklist_items").dropColumn("skip_reason_enc").execute();
}
