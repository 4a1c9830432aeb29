/**
 * Opens the database: embedded SQLite (WAL, foreign keys, busy timeout) or PostgreSQL.
 * Everything above this file sees one `Kysely<Database>` and never the dialect.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type SqliteDatabase,
  type SqliteStatement,
} from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.js";
import { isPostgres } from "./dialect.js";
import type { Database } from "./schema.js";

export type DatabaseKind = "sqlite" | "postgres";

export type DatabaseTarget =
  { kind: "sqlite"; file: string } | { kind: "postgres"; url: string; schema?: string };

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Path of the SQLite file, for tools such as integrity checks. */
  file?: string;
  close(): Promise<void>;
}

// PostgreSQL int8 (count(*)) arrives as a string; our counts fit in a JS number.
pg.types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));

/** Prepared statements kept per SQL text; the least recently used go first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 with its prepared statements reused. Kysely prepares every query anew, which
 * was about 7% of a dossier read's CPU. Reuse is safe: better-sqlite3 runs a statement to
 * completion synchronously, InZicht never streams (`iterate`) a query, and SQLite re-prepares a
 * statement itself after a schema change.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string): SqliteStatement {
      const cached = cache.get(text);
      if (cached) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}

/** Opens a connection pool (PostgreSQL) or file (SQLite) for the given target. */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.kind === "sqlite") {
    if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = FULL");
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    return { db, kind: "sqlite", file: target.file, close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", close: () => db.destroy() };
}

/**
 * The migrator. On PostgreSQL its bookkeeping tables are looked up in the connection's current
 * schema only: Kysely otherwise finds them in ANY schema of the database and then skips creating
 * its own, so two schemas migrated side by side (parallel test files, or two deployments in one
 * database) failed with "relation kysely_migration_lock does not exist".
 */
async function migratorFor(db: Kysely<Database>): Promise<Migrator> {
  const schema = isPostgres(db as unknown as Kysely<unknown>)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  return new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** The names of the migrations this code has that the database has not applied yet. */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrator = await migratorFor(db);
  return (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Migrates up or down to the named migration (tests of a data upgrade from an older schema). */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const migrator = await migratorFor(db);
  const { error } = await migrator.migrateTo(name);
  if (error) throw new Error(`migrate to ${name} failed: ${String(error)}`);
}

/** Rolls every migration back (tests: latest → down → latest). */
export async function migrateAllDown(db: Kysely<Database>): Promise<void> {
  const migrator = await migratorFor(db);
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error) throw new Error(`migrate down failed: ${String(error)}`);
    if (!results || results.length === 0) return;
  }
}

/** A cheap round trip to check the connection. */
export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
