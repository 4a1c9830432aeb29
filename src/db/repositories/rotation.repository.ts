/**
 * Raw row access for re-encryption (rotate-keys and the start-up upgrade). Table and column
 * names come from ENCRYPTED_COLUMNS only, never from input.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { EncryptedTable } from "../encrypted-columns.js";

type Row = Record<string, string | null>;

/** The next `limit` rows after `afterKey` (key order), with the key, listed and extra columns. */
export async function readBatch(
  db: Kysely<Database>,
  t: EncryptedTable,
  afterKey: string,
  limit: number,
  extra: readonly string[] = [],
): Promise<Row[]> {
  const cols = [t.key, ...t.columns, ...extra].map((c) => sql.ref(c));
  const result =
    await sql<Row>`select ${sql.join(cols)} from ${sql.table(t.table)} where ${sql.ref(t.key)} > ${afterKey} order by ${sql.ref(t.key)} limit ${limit}`.execute(
      db,
    );
  return result.rows;
}

/** One row by key, with the same columns as readBatch (after a lost race). */
export async function readRow(
  db: Kysely<Database>,
  t: EncryptedTable,
  key: string,
  extra: readonly string[] = [],
): Promise<Row | undefined> {
  const cols = [t.key, ...t.columns, ...extra].map((c) => sql.ref(c));
  const result =
    await sql<Row>`select ${sql.join(cols)} from ${sql.table(t.table)} where ${sql.ref(t.key)} = ${key}`.execute(
      db,
    );
  return result.rows[0];
}

/**
 * Writes re-encrypted values only if the columns still hold what was read (`expected`): a
 * service that changed the row meanwhile wins, and the caller reads the row again. Returns
 * false when the row changed.
 */
export async function writeRowIfUnchanged(
  db: Kysely<Database>,
  t: EncryptedTable,
  key: string,
  values: Record<string, string | null>,
  expected: Record<string, string>,
): Promise<boolean> {
  const sets = Object.entries(values).map(([c, v]) => sql`${sql.ref(c)} = ${v}`);
  if (sets.length === 0) return true;
  const guards = Object.entries(expected).map(([c, v]) => sql` and ${sql.ref(c)} = ${v}`);
  const result =
    await sql`update ${sql.table(t.table)} set ${sql.join(sets)} where ${sql.ref(t.key)} = ${key}${sql.join(guards, sql``)}`.execute(
      db,
    );
  return Number(result.numAffectedRows ?? 0n) > 0;
}

/** Whether a keyed upgrade already ran to the end. */
export async function upgradeDone(db: Kysely<Database>, name: string): Promise<boolean> {
  const row = await db
    .selectFrom("encryption_upgrades")
    .select("name")
    .where("name", "=", name)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records that a keyed upgrade ran to the end (a second start-up racing it is harmless). */
export async function markUpgradeDone(
  db: Kysely<Database>,
  name: string,
  at: string,
  rows: number,
): Promise<void> {
  await db
    .insertInto("encryption_upgrades")
    .values({ name, completed_at: at, rows })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
}
