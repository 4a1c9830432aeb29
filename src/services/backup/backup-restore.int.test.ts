/**
 * The restore drill (issue 22): a seeded demo database is backed up while writes go on, restored
 * into a fresh place, and checked: the access log verifies, every encrypted value decrypts with
 * the configured keys, and every table's row count lies between the counts before and after the
 * writes. A second backup taken at rest restores to exactly the same row counts. A restore
 * refuses a non-empty target, a wrong key and a changed file, and leaves the target empty.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps } from "../../bootstrap.js";
import { backupDatabase, restoreDatabase } from "../../db/backup.js";
import type { DatabaseTarget } from "../../db/database.js";
import type { Database } from "../../db/schema.js";
import type { Db } from "../../db/handles.js";
import { buildYouth, orgId, registerYouthAs } from "../../../test/factories.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  TEST_KEYS,
  type TestApp,
} from "../../../test/test-app.js";
import { TEST_DATABASES } from "../../../test/test-db.js";
import { checkRestore } from "./check-restore.js";

const CONFIG = {
  keys: TEST_KEYS,
  session: { idleMinutes: 30, absoluteMinutes: 720 },
  demo: true,
  version: "test",
  env: "test" as const,
};

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const out: Record<string, number> = {};
  for (const name of tables) {
    const r = await db
      .selectFrom(name as keyof Database)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[name] = Number(r.n);
  }
  return out;
}

describe.each(TEST_DATABASES)("backup and restore drill (%s)", (kind) => {
  let t: TestApp;
  let dir: string;
  const created: string[] = [];
  const pgUrl = process.env.INZICHT_TEST_DATABASE_URL ?? "";

  /** An empty place to restore into: a new SQLite path, or a new PostgreSQL database. */
  async function freshTarget(): Promise<DatabaseTarget> {
    if (t.target.kind === "sqlite")
      return { kind: "sqlite", file: path.join(dir, `restored-${randomUUID()}`, "inzicht.db") };
    const name = `wt_restore_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    created.push(name);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    return {
      kind: "postgres",
      url: url.toString(),
      ...(t.target.schema ? { schema: t.target.schema } : {}),
    };
  }

  async function openRestored(target: DatabaseTarget) {
    return createDeps(CONFIG, target);
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    dir = mkdtempSync(path.join(tmpdir(), "inzicht-backup-test-"));
  }, 180_000);
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
    if (created.length > 0) {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      for (const name of created)
        await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    }
  });

  it("a backup taken while writes go on restores to a consistent database", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const location = await orgId(t.app, mentor, "COA Ter Apel");
    const before = await rowCounts(t.deps.db);
    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) {
        await registerYouthAs(mentor, buildYouth(location));
        written += 1;
      }
    })();
    // Let a few writes land first, so the backup really overlaps them.
    while (written < 2) await new Promise((r) => setTimeout(r, 20));
    const file = path.join(dir, "during-writes.backup");
    await backupDatabase(t.target, file, TEST_KEYS, new Date());
    writing = false;
    await writes;
    const after = await rowCounts(t.deps.db);
    expect(after.youths).toBeGreaterThan(before.youths ?? 0);
    expect(readFileSync(file).includes(Buffer.from("audit_log"))).toBe(false);

    const target = await freshTarget();
    await restoreDatabase(target, file, TEST_KEYS);
    const { deps, handle } = await openRestored(target);
    try {
      const check = await checkRestore(deps);
      expect(check.audit.ok, check.audit.problem).toBe(true);
      expect(check.failed).toEqual({});
      expect(check.decrypted.youths).toBeGreaterThan(0);
      expect(check.decrypted.signals).toBeGreaterThan(0);
      const restored = await rowCounts(deps.db);
      for (const [table, n] of Object.entries(restored)) {
        expect(n, table).toBeGreaterThanOrEqual(Math.min(before[table] ?? 0, after[table] ?? 0));
        expect(n, table).toBeLessThanOrEqual(Math.max(before[table] ?? 0, after[table] ?? 0));
      }
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("a backup at rest restores to exactly the same row counts, and an encrypted field reads back", async () => {
    const file = path.join(dir, "at-rest.backup");
    await backupDatabase(t.target, file, TEST_KEYS, new Date());
    const source = await rowCounts(t.deps.db);
    const youth = await t.deps.db
      .selectFrom("youths")
      .select(["id", "display_name_enc"])
      .executeTakeFirstOrThrow();
    const target = await freshTarget();
    await restoreDatabase(target, file, TEST_KEYS);
    const { deps, handle } = await openRestored(target);
    try {
      expect(await rowCounts(deps.db)).toEqual(source);
      const copy = await deps.db
        .selectFrom("youths")
        .select("display_name_enc")
        .where("id", "=", youth.id)
        .executeTakeFirstOrThrow();
      expect(copy.display_name_enc).toBe(youth.display_name_enc);
      const binding = { table: "youths", column: "display_name_enc", rowId: youth.id } as const;
      expect(deps.crypto.decrypt(copy.display_name_enc, binding)).toBe(
        t.deps.crypto.decrypt(youth.display_name_enc, binding),
      );
      expect((await checkRestore(deps)).ok).toBe(true);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("refuses a non-empty target, a wrong key and a changed file", async () => {
    const file = path.join(dir, "refusals.backup");
    await backupDatabase(t.target, file, TEST_KEYS, new Date());
    await expect(restoreDatabase(t.target, file, TEST_KEYS)).rejects.toThrow(/already/);
    const target = await freshTarget();
    await expect(
      restoreDatabase(target, file, [
        { id: "t1", secret: "another-secret-that-is-long-enough-0002" },
      ]),
    ).rejects.toThrow(/different secret/);
    await expect(
      restoreDatabase(target, file, [
        { id: "k9", secret: "another-secret-that-is-long-enough-0002" },
      ]),
    ).rejects.toThrow(/not in INZICHT_SECRET_KEY/);
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const changed = path.join(dir, "changed.backup");
    writeFileSync(changed, bytes);
    await expect(restoreDatabase(target, changed, TEST_KEYS)).rejects.toThrow(/does not decrypt/);
    // The target is still empty: the right file restores into it.
    await restoreDatabase(target, file, TEST_KEYS);
  }, 120_000);
});
