import type { Kysely } from "kysely";

/**
 * An admin withdraws an open invitation (issue 19): `withdrawn_at` is set, the row stays (who
 * withdrew it is in the access log). A withdrawn link answers like an expired one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("invitations").addColumn("withdrawn_at", "varchar(32)").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("invitations").dropColumn("withdrawn_at").execute();
}
