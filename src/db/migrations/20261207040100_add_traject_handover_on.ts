import type { Kysely } from "kysely";

/**
 * The day a traject was closed by a handover at 18 to adult care coordination. The dossier's
 * retention period runs from this day (the retention job itself is a later issue).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("trajects").addColumn("handover_on", "varchar(10)").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("trajects").dropColumn("handover_on").execute();
}
