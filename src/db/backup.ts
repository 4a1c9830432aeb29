/**
 * Backups and restores (issue 22, docs/operations.md). A backup is one file: a JSON header line
 * (format, database kind, key id, a key check, the IV) and then the database image encrypted with
 * AES-256-GCM under a key derived (HKDF) from the current INZICHT_SECRET_KEY, with the GCM tag in
 * the last 16 bytes. Without that key the file is useless — by design, and stated in the docs.
 *
 * - SQLite: better-sqlite3's online backup API (a consistent copy while the app keeps writing).
 * - PostgreSQL: `pg_dump --format=custom` (one consistent snapshot) of the app's schema, and
 *   `pg_restore` into an empty database.
 * A restore refuses a target that already holds tables, and checks the key before it writes.
 */
import { execFile } from "node:child_process";
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from "node:crypto";
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "./database.js";

const run = promisify(execFile);
const FORMAT = "inzicht-backup";
const TAG_BYTES = 16;

/** A data key as configured (INZICHT_SECRET_KEY). */
export interface BackupKey {
  id: string;
  secret: string;
}

interface Header {
  format: typeof FORMAT;
  v: 1;
  kind: "sqlite" | "postgres";
  /** The PostgreSQL schema that was dumped (null: the connection's default). */
  schema: string | null;
  createdAt: string;
  keyId: string;
  keyCheck: string;
  iv: string;
}

/** A problem the operator must fix (wrong key, non-empty target, missing tool). */
export class BackupError extends Error {
  override name = "BackupError";
}

function backupKey(secret: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", Buffer.from(secret, "utf8"), "inzicht-backup", "inzicht/backup/v1", 32),
  );
}

function keyCheck(key: Buffer): string {
  return createHmac("sha256", key).update("inzicht-backup-key-check").digest("hex");
}

function tempFile(suffix: string): string {
  return path.join(tmpdir(), `inzicht-backup-${randomUUID()}${suffix}`);
}

/** Writes a consistent, encrypted backup of `target` to `file`; returns its size in bytes. */
export async function backupDatabase(
  target: DatabaseTarget,
  file: string,
  keys: readonly BackupKey[],
  now: Date,
): Promise<number> {
  const current = keys[0];
  if (!current) throw new BackupError("no INZICHT_SECRET_KEY configured");
  const plain = tempFile(".plain");
  try {
    if (target.kind === "sqlite") {
      if (!existsSync(target.file)) throw new BackupError(`no database at ${target.file}`);
      const source = new SQLite(target.file, { fileMustExist: true });
      try {
        // Large steps: a write by the running app between two steps would restart the copy.
        await source.backup(plain, { progress: () => 100_000 });
      } finally {
        source.close();
      }
    } else {
      await pgTool("pg_dump", [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        ...(target.schema ? [`--schema=${target.schema}`] : []),
        `--file=${plain}`,
        `--dbname=${target.url}`,
      ]);
    }
    const key = backupKey(current.secret);
    const iv = randomBytes(12);
    const header: Header = {
      format: FORMAT,
      v: 1,
      kind: target.kind,
      schema: target.kind === "postgres" ? (target.schema ?? null) : null,
      createdAt: now.toISOString(),
      keyId: current.id,
      keyCheck: keyCheck(key),
      iv: iv.toString("base64"),
    };
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const partial = `${file}.partial`;
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    const out = createWriteStream(partial, { mode: 0o600 });
    out.write(`${JSON.stringify(header)}\n`);
    await pipeline(createReadStream(plain), cipher, out, { end: false });
    await new Promise<void>((resolve, reject) =>
      out.end(cipher.getAuthTag(), () => resolve()).once("error", reject),
    );
    renameSync(partial, file);
    return statSync(file).size;
  } finally {
    rmSync(plain, { force: true });
  }
}

/** Reads and checks a backup's header; the key it was made with must be configured. */
function readHeader(
  file: string,
  keys: readonly BackupKey[],
): { header: Header; key: Buffer; bodyStart: number } {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const newline = buf.subarray(0, n).indexOf(0x0a);
    if (newline < 0) throw new BackupError("not an InZicht backup (no header)");
    let header: Header;
    try {
      header = JSON.parse(buf.subarray(0, newline).toString("utf8")) as Header;
    } catch {
      throw new BackupError("not an InZicht backup (unreadable header)");
    }
    if (header.format !== FORMAT || header.v !== 1) throw new BackupError("not an InZicht backup");
    const source = keys.find((k) => k.id === header.keyId);
    if (!source)
      throw new BackupError(
        `the backup was made with key "${header.keyId}", which is not in INZICHT_SECRET_KEY`,
      );
    const key = backupKey(source.secret);
    const check = Buffer.from(keyCheck(key), "utf8");
    const stored = Buffer.from(String(header.keyCheck), "utf8");
    if (check.length !== stored.length || !timingSafeEqual(check, stored))
      throw new BackupError(`key "${header.keyId}" is configured with a different secret`);
    return { header, key, bodyStart: newline + 1 };
  } finally {
    closeSync(fd);
  }
}

/** Decrypts a backup into a plain temporary file (GCM checks every byte); returns its path. */
async function decryptTo(
  file: string,
  keys: readonly BackupKey[],
): Promise<{ header: Header; plain: string }> {
  const { header, key, bodyStart } = readHeader(file, keys);
  const size = statSync(file).size;
  if (size < bodyStart + TAG_BYTES) throw new BackupError("the backup is cut short");
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = openSync(file, "r");
  readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  closeSync(fd);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(header.iv, "base64"));
  decipher.setAuthTag(tag);
  const plain = tempFile(".plain");
  try {
    await pipeline(
      createReadStream(file, { start: bodyStart, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(plain, { mode: 0o600 }),
    );
  } catch {
    rmSync(plain, { force: true });
    throw new BackupError("the backup does not decrypt: it was changed or is damaged");
  }
  return { header, plain };
}

/** Restores `file` into `target`, which must be empty (no SQLite file, no tables in the schema). */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  keys: readonly BackupKey[],
): Promise<{ kind: "sqlite" | "postgres"; createdAt: string }> {
  if (!existsSync(file)) throw new BackupError(`no backup at ${file}`);
  if (target.kind === "sqlite" && existsSync(target.file) && statSync(target.file).size > 0)
    throw new BackupError(`${target.file} already exists: restore only into an empty data dir`);
  if (target.kind === "postgres" && (await countTables(target)) > 0)
    throw new BackupError(
      "the target database already holds tables: restore only into an empty one",
    );
  const { header, plain } = await decryptTo(file, keys);
  try {
    if (header.kind !== target.kind)
      throw new BackupError(`a ${header.kind} backup cannot be restored into ${target.kind}`);
    if (target.kind === "sqlite") {
      mkdirSync(path.dirname(target.file), { recursive: true });
      renameSync(plain, target.file);
    } else {
      await pgTool("pg_restore", [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        `--dbname=${target.url}`,
        plain,
      ]);
    }
    return { kind: header.kind, createdAt: header.createdAt };
  } finally {
    rmSync(plain, { force: true });
  }
}

/** Tables in the target's schema (the connection's current schema when none is named). */
async function countTables(target: { url: string; schema?: string }): Promise<number> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      "select count(*) as n from information_schema.tables where table_schema = coalesce($1, current_schema())",
      [target.schema ?? null],
    );
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function pgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === "ENOENT")
      throw new BackupError(`${tool} is not installed (PostgreSQL client tools are needed)`);
    // The tool's own message names objects, never row content.
    throw new BackupError(`${tool} failed: ${(e.stderr ?? String(error)).trim().slice(0, 500)}`);
  }
}
