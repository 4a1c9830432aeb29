import type { Kysely } from "kysely";

/** How the circle handled an acute danger (encrypted free text) next to handled_at/by. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("safety_alerts").addColumn("handled_note_enc", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("safety_alerts").dropColumn("handled_note_enc").execute();
}
