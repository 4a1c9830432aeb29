/**
 * Row counts of every application table in one round trip, so a test can prove that a refused
 * request changed nothing. Works on SQLite and PostgreSQL (the current schema only).
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../../src/db/schema.js";

export type RowCounts = Record<string, number>;

/** The application tables (migration bookkeeping left out), sorted by name. */
export async function listTables(
  db: Kysely<Database>,
  kind: "sqlite" | "postgres",
): Promise<string[]> {
  const rows =
    kind === "sqlite"
      ? await sql<{ name: string }>`
          select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(
          db,
        )
      : await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
            and table_name not like 'kysely_%'`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

/** A function that counts the rows of the given tables (all but `exclude`) in one query. */
export async function rowCounter(
  db: Kysely<Database>,
  kind: "sqlite" | "postgres",
  exclude: readonly string[] = [],
): Promise<() => Promise<RowCounts>> {
  const tables = (await listTables(db, kind)).filter((t) => !exclude.includes(t));
  if (tables.length === 0) throw new Error("no tables to count");
  const query = sql.join(
    tables.map((t) => sql`select ${t} as name, count(*) as n from ${sql.table(t)}`),
    sql` union all `,
  );
  return async () => {
    const { rows } = await sql<{ name: string; n: number | string }>`${query}`.execute(db);
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  };
}

/** The tables whose count differs between two snapshots, as "table: before → after". */
export function diffCounts(before: RowCounts, after: RowCounts): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((n) => before[n] !== after[n])
    .map((n) => `${n}: ${before[n] ?? 0} → ${after[n] ?? 0}`);
}
