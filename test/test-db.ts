/**
 * Fresh databases for integration tests: a temporary SQLite file always, and a fresh
 * PostgreSQL schema when INZICHT_TEST_DATABASE_URL is set.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "../src/db/database.js";

export type TestDbKind = "sqlite" | "postgres";

/** The databases integration tests run against in this environment. */
export const TEST_DATABASES: TestDbKind[] = process.env.INZICHT_TEST_DATABASE_URL
  ? ["sqlite", "postgres"]
  : ["sqlite"];

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** Creates an empty database of the given kind. */
export async function createTestDatabase(kind: TestDbKind): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "inzicht-test-"));
    return {
      target: { kind: "sqlite", file: path.join(dir, "test.db") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.INZICHT_TEST_DATABASE_URL;
  if (!url) throw new Error("INZICHT_TEST_DATABASE_URL is not set");
  const schema = `t_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    target: { kind: "postgres", url, schema },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      // pg-boss's schema beside it (ADR 0018), when a test started the job queue.
      await c.query(`drop schema if exists ${schema}_jobs cascade`);
      await c.end();
    },
  };
}
