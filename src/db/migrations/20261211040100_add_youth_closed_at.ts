import { sql, type Kysely } from "kysely";

/**
 * When a dossier was closed or the youth left care (issue 22): the retention term of a dossier
 * counts from it. Set by updateYouthVersioned whenever the status changes; existing closed
 * dossiers start from their last update (the best date known).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("youths").addColumn("closed_at", "varchar(32)").execute();
  await sql`update youths set closed_at = updated_at where status in ('closed', 'left_care')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("youths").dropColumn("closed_at").execute();
}
