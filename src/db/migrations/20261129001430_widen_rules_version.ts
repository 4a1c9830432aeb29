import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect.js";

/**
 * A deployment's rule set is named like `v1+acuteWindowDays=14,cumulativeObservers=3`, longer than
 * the 20 characters first allowed. PostgreSQL enforces varchar lengths; SQLite does not.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table youths alter column rules_version type varchar(400)`.execute(db);
  await sql`alter table picture_history alter column rules_version type varchar(400)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table youths alter column rules_version type varchar(20)`.execute(db);
  await sql`alter table picture_history alter column rules_version type varchar(20)`.execute(db);
}
