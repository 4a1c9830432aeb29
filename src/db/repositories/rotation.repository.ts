/** Raw row access for key rotation (table and column names come from ENCRYPTED_COLUMNS only). */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { EncryptedTable } from "../encrypted-columns.js";

type Row = Record<string, string | null>;

export async function readBatch(
  db: Kysely<Database>,
  t: EncryptedTable,
  afterKey: string,
  limit: number,
): Promise<Row[]> {
  const cols = [t.key, ...t.columns].map((c) => sql.ref(c));
  const result =
    await sql<Row>`select ${sql.join(cols)} from ${sql.table(t.table)} where ${sql.ref(t.key)} > ${afterKey} order by ${sql.ref(t.key)} limit ${limit}`.execute(
      db,
    );
  return result.rows;
}

export async function writeRow(
  db: Kysely<Database>,
  t: EncryptedTable,
  key: string,
  values: Record<string, string | null>,
): Promise<void> {
  const sets = Object.entries(values).map(([c, v]) => sql`${sql.ref(c)} = ${v}`);
  if (sets.length === 0) return;
  await sql`update ${sql.table(t.table)} set ${sql.join(sets)} where ${sql.ref(t.key)} = ${key}`.execute(
    db,
  );
}
