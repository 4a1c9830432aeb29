import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect.js";

/** Free text and identifying data that were stored as plain text (issue 14, ADR 0009). */
const RENAMES: readonly [table: string, from: string][] = [
  ["youths", "nationality"],
  ["youths", "gender"],
  ["youths", "languages"],
  ["access_requests", "reason"],
  ["emergency_access", "reason"],
  ["circle_members", "ended_reason"],
  ["signal_retractions", "reason"],
];

/** varchar(60) and varchar(20) before; the other columns were already `text`. */
const WIDENED: readonly [table: string, column: string][] = [
  ["youths", "nationality"],
  ["youths", "gender"],
];

/**
 * Renames the columns to `_enc` and widens them to text (a ciphertext is longer than 60
 * characters; PostgreSQL enforces varchar lengths, SQLite does not). The values are still plain
 * text afterwards: the keyed start-up upgrade (services/keys/upgrade-field-encryption.ts)
 * encrypts them before the server answers a request, because a migration has no key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, from] of RENAMES)
    await db.schema.alterTable(table).renameColumn(from, `${from}_enc`).execute();
  if (!isPostgres(db)) return;
  for (const [table, column] of WIDENED)
    await sql`alter table ${sql.table(table)} alter column ${sql.ref(`${column}_enc`)} type text`.execute(
      db,
    );
}

/**
 * Back to the old names. The values stay encrypted and the columns stay `text` (a ciphertext does
 * not fit the old varchar lengths); down is for tests and empty databases.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, from] of RENAMES)
    await db.schema.alterTable(table).renameColumn(`${from}_enc`, from).execute();
}
