/**
 * The tamper-evident access log: append-only rows in several independent keyed chains
 * (ADR 0008). Each row carries an HMAC-SHA-256 over its content, its chain position and the
 * previous row's MAC, with a key the database does not hold; signed checkpoints outside the
 * table pin each chain's head. The application never updates or deletes a row.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomInt, randomUUID } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import { auditDetails, type AuditEntryInput } from "../../domain/audit-events.js";
import {
  GENESIS,
  legacyHash,
  readCheckpoint,
  sameMac,
  signCheckpoint,
  type AuditChainContent,
  type AuditKeyring,
  type CheckpointBody,
} from "../audit-chain.js";
import { field } from "../encrypted-columns.js";
import { FieldCrypto } from "../field-crypto.js";
import type { Database } from "../schema.js";
import { isPostgres } from "../dialect.js";

export interface AuditContext {
  actorId: string | null;
  actorRole: string | null;
  actorOrgId: string | null;
  ip: string | null;
  client: string | null;
  now: Date;
}

/**
 * Independent chains on PostgreSQL: a transaction appends to one chain, holding only that
 * chain's lock, so up to this many transactions write the log at once. The number may grow in
 * a later release, never shrink (verify-audit walks every chain it finds). SQLite has one
 * writer and one chain.
 */
export const PG_AUDIT_CHAINS = 16;
/** The advisory lock key space of the chains: pg_advisory_xact_lock(7513, chain). */
const LOCK_SPACE = 7513;

/** What appending and verifying need: the chain's keys and the crypto for the reason. */
export interface AuditLogSetup {
  keys: AuditKeyring;
  crypto: FieldCrypto;
}

// Keyed by the Kysely dialect adapter, which a database handle shares with all its transactions
// (as dialect.ts tells the dialect by it): appendAudit(trx, …) finds the keys of trx's database.
const setups = new WeakMap<object, AuditLogSetup>();

function adapterOf(db: Kysely<Database> | Transaction<Database>): object {
  return db.getExecutor().adapter;
}

/** Gives a database handle its audit keys (bootstrap does this once per handle). */
export function configureAuditLog(db: Kysely<Database>, setup: AuditLogSetup): void {
  setups.set(adapterOf(db), setup);
}

/** The audit set-up of a handle or transaction; throws when the handle was never configured. */
export function auditSetupOf(db: Kysely<Database> | Transaction<Database>): AuditLogSetup {
  const setup = setups.get(adapterOf(db));
  if (!setup) throw new Error("the access log has no keys for this database (see createDeps)");
  return setup;
}

/** The chain each open transaction appends to (taken once, kept until it ends). */
const chainOfTrx = new WeakMap<object, number>();

/**
 * Takes one audit chain's lock until the transaction ends (PostgreSQL; SQLite has one writer),
 * so two transactions never chain onto the same previous MAC. It tries a few chains without
 * waiting (pg_try_advisory_xact_lock) and waits only when those are all busy, so concurrent
 * writers spread over the chains instead of queueing on one lock. Lock order: a transaction
 * takes this lock BEFORE any youth row lock (youth.repository does so), or a dossier edit
 * holding the row and a signal holding the chain could wait for each other.
 */
export async function lockAuditChain(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  if (!isPostgres(db as unknown as Kysely<unknown>)) return;
  if (chainOfTrx.has(db)) return;
  const start = randomInt(PG_AUDIT_CHAINS);
  for (let i = 0; i < 4; i++) {
    const chain = (start + i) % PG_AUDIT_CHAINS;
    const r = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_xact_lock(${LOCK_SPACE}, ${chain}) as ok`.execute(db);
    if (r.rows[0]?.ok === true) {
      chainOfTrx.set(db, chain);
      return;
    }
  }
  await sql`select pg_advisory_xact_lock(${LOCK_SPACE}, ${start})`.execute(db);
  chainOfTrx.set(db, start);
}

type Db = Kysely<Database> | Transaction<Database>;

/** The last row of the legacy (plain SHA-256) segment, whose hash every keyed chain starts on. */
async function legacyHead(db: Db): Promise<string> {
  const row = await db
    .selectFrom("audit_log")
    .select("hash")
    .where("chain", "is", null)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.hash ?? GENESIS;
}

/** Appends one entry inside the given transaction (so a change and its entry commit together). */
export async function appendAudit(
  trx: Transaction<Database>,
  ctx: AuditContext,
  entry: AuditEntryInput,
): Promise<void> {
  const { keys, crypto } = auditSetupOf(trx);
  await lockAuditChain(trx);
  const chain = chainOfTrx.get(trx) ?? 0;
  const last = await trx
    .selectFrom("audit_log")
    .select(["hash", "chain_pos"])
    .where("chain", "=", chain)
    .orderBy("chain_pos", "desc")
    .limit(1)
    .executeTakeFirst();
  const pos = (last?.chain_pos ?? 0) + 1;
  const reason = entry.reason ?? null;
  const content: AuditChainContent = {
    id: randomUUID(),
    at: ctx.now.toISOString(),
    actor_id: ctx.actorId,
    actor_role: ctx.actorRole,
    actor_org_id: ctx.actorOrgId,
    action: entry.action,
    outcome: entry.outcome ?? "ok",
    youth_id: entry.youthId ?? null,
    record_type: entry.recordType ?? null,
    record_ids: JSON.stringify(entry.recordIds ?? []),
    ip: ctx.ip,
    client: ctx.client?.slice(0, 200) ?? null,
    reason,
    details: JSON.stringify(auditDetails.parse(entry.details ?? {})),
    prev_hash: last?.hash ?? (await legacyHead(trx)),
  };
  const keyId = keys.currentId;
  const { reason: _plain, ...columns } = content;
  await trx
    .insertInto("audit_log")
    .values({
      ...columns,
      // The reason is free text (an emergency's why): stored encrypted, signed in plaintext so
      // that key rotation can re-encrypt it without breaking the chain.
      reason_enc:
        reason === null
          ? null
          : crypto.encrypt(reason, field("audit_log", "reason_enc", content.id)),
      hash: keys.entryMac(keyId, chain, pos, content),
      chain,
      chain_pos: pos,
      mac_key: keyId,
    })
    .execute();
}

interface Pending {
  ctx: AuditContext;
  entry: AuditEntryInput;
  resolve: () => void;
  reject: (e: unknown) => void;
}

const queues = new WeakMap<Kysely<Database>, { pending: Pending[]; flushing: boolean }>();

/**
 * Appends one entry in its own transaction (reads, refused attempts), with group commit: entries
 * that arrive while a commit is in progress are written together in the next transaction, so
 * concurrent reads share one disk flush. The promise resolves only after the entry is committed.
 */
export function appendAuditNow(
  db: Kysely<Database>,
  ctx: AuditContext,
  entry: AuditEntryInput,
): Promise<void> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { pending: [], flushing: false };
    queues.set(db, queue);
  }
  const q = queue;
  auditDetails.parse(entry.details ?? {});
  const done = new Promise<void>((resolve, reject) =>
    q.pending.push({ ctx, entry, resolve, reject }),
  );
  if (!q.flushing) {
    // Start the commit on the next turn of the event loop: requests already in flight (their
    // reads wait for the one SQLite connection) then add their entries to the same commit.
    q.flushing = true;
    setImmediate(() => void flush(db, q));
  }
  return done;
}

async function flush(
  db: Kysely<Database>,
  q: { pending: Pending[]; flushing: boolean },
): Promise<void> {
  q.flushing = true;
  while (q.pending.length > 0) {
    const batch = q.pending.splice(0, 200);
    try {
      await db.transaction().execute(async (trx) => {
        for (const p of batch) await appendAudit(trx, p.ctx, p.entry);
      });
      batch.forEach((p) => p.resolve());
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    }
  }
  q.flushing = false;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** Rows of the legacy plain SHA-256 segment (before ADR 0008). */
  legacy: number;
  chains: number;
  /** The last valid checkpoint that was checked, or null when there is none. */
  checkpoint: { at: string; entries: number } | null;
  firstBrokenSeq?: number;
  problem?: string;
}

/**
 * The stored reason in plaintext: keyed rows always store ciphertext; legacy rows kept it plain
 * until the start-up encryption upgrade encrypted it.
 */
export function plainAuditReason(
  crypto: FieldCrypto,
  row: { id: string; reason_enc: string | null; chain: number | null },
): string | null {
  if (row.reason_enc === null) return null;
  if (row.chain === null && !FieldCrypto.looksEncrypted(row.reason_enc)) return row.reason_enc;
  return crypto.decrypt(row.reason_enc, field("audit_log", "reason_enc", row.id));
}

type AuditRow = Omit<Database["audit_log"], "seq"> & { seq: number };

function contentOf(row: AuditRow, reason: string | null): AuditChainContent {
  return {
    id: row.id,
    at: row.at,
    actor_id: row.actor_id,
    actor_role: row.actor_role,
    actor_org_id: row.actor_org_id,
    action: row.action,
    outcome: row.outcome,
    youth_id: row.youth_id,
    record_type: row.record_type,
    record_ids: row.record_ids,
    ip: row.ip,
    client: row.client,
    reason,
    details: row.details,
    prev_hash: row.prev_hash,
  };
}

/** The last line of the checkpoint file that carries a valid signature (and how many do not). */
export function lastCheckpoint(
  keys: AuditKeyring,
  file: string,
): { checkpoint: CheckpointBody | null; lines: number; invalid: number } {
  if (!existsSync(file)) return { checkpoint: null, lines: 0, invalid: 0 };
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  let checkpoint: CheckpointBody | null = null;
  let invalid = 0;
  for (const line of lines) {
    const c = readCheckpoint(keys, line);
    if (c) checkpoint = c;
    else invalid += 1;
  }
  return { checkpoint, lines: lines.length, invalid };
}

/**
 * Walks the legacy segment and every keyed chain in order and reports the first broken link;
 * with a checkpoint file, also that every chain still reaches the head its last signed
 * checkpoint names (so entries cut off at the end are found too).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: { setup?: AuditLogSetup; checkpointFile?: string | null; batch?: number } = {},
): Promise<VerifyResult> {
  const { keys, crypto } = options.setup ?? auditSetupOf(db);
  const batch = options.batch ?? 5000;
  const cp = options.checkpointFile ? lastCheckpoint(keys, options.checkpointFile) : null;
  const checkpoint = cp?.checkpoint ?? null;
  const result: VerifyResult = { ok: true, checked: 0, legacy: 0, chains: 0, checkpoint: null };
  const broken = (seq: number | undefined, problem: string): VerifyResult => ({
    ...result,
    ok: false,
    ...(seq === undefined ? {} : { firstBrokenSeq: seq }),
    problem,
  });
  if (cp && cp.invalid > 0) {
    return broken(undefined, `${cp.invalid} line(s) of the checkpoint file are not validly signed`);
  }

  // 1. The legacy segment: plain SHA-256 from the genesis hash, in seq order.
  let prev = GENESIS;
  let afterSeq = 0;
  let lastLegacySeq = 0;
  for (;;) {
    const rows = (await db
      .selectFrom("audit_log")
      .selectAll()
      .where("chain", "is", null)
      .where("seq", ">", afterSeq)
      .orderBy("seq")
      .limit(batch)
      .execute()) as AuditRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prev_hash !== prev) return broken(row.seq, "previous hash does not match");
      let reason: string | null;
      try {
        reason = plainAuditReason(crypto, row);
      } catch {
        return broken(row.seq, "the reason cannot be decrypted");
      }
      if (legacyHash(contentOf(row, reason)) !== row.hash)
        return broken(row.seq, "content does not match its hash");
      prev = row.hash;
      afterSeq = row.seq;
      lastLegacySeq = row.seq;
      result.checked += 1;
      result.legacy += 1;
    }
  }
  const legacyHeadHash = prev;
  if (checkpoint) {
    if (checkpoint.legacy.count !== result.legacy || checkpoint.legacy.head !== legacyHeadHash)
      return broken(undefined, "the legacy entries differ from the last checkpoint");
  }

  // 2. Every keyed chain: positions 1, 2, 3 …, each MAC over its content and the previous MAC.
  const chainRows = await db
    .selectFrom("audit_log")
    .select("chain")
    .distinct()
    .where("chain", "is not", null)
    .execute();
  const chains = chainRows
    .flatMap((r) => (r.chain === null ? [] : [r.chain]))
    .sort((a, b) => a - b);
  for (const chain of chains) {
    result.chains += 1;
    let prevMac = legacyHeadHash;
    let pos = 0;
    for (;;) {
      const rows = (await db
        .selectFrom("audit_log")
        .selectAll()
        .where("chain", "=", chain)
        .where("chain_pos", ">", pos)
        .orderBy("chain_pos")
        .limit(batch)
        .execute()) as AuditRow[];
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.chain_pos !== pos + 1)
          return broken(row.seq, `chain ${chain} has a gap before this entry`);
        if (row.seq <= lastLegacySeq)
          return broken(row.seq, "a keyed entry sits inside the legacy segment");
        if (row.prev_hash !== prevMac) return broken(row.seq, "previous hash does not match");
        if (!row.mac_key || !keys.has(row.mac_key))
          return broken(
            row.seq,
            `signed with audit key "${row.mac_key ?? ""}", which is not configured`,
          );
        let reason: string | null;
        try {
          reason = plainAuditReason(crypto, row);
        } catch {
          return broken(row.seq, "the reason cannot be decrypted");
        }
        if (!sameMac(keys.entryMac(row.mac_key, chain, pos + 1, contentOf(row, reason)), row.hash))
          return broken(row.seq, "content does not match its MAC");
        prevMac = row.hash;
        pos += 1;
        result.checked += 1;
        const named = checkpoint?.chains[String(chain)];
        if (named && named.count === pos && named.head !== row.hash)
          return broken(row.seq, `chain ${chain} differs from the last checkpoint`);
      }
    }
    const named = checkpoint?.chains[String(chain)];
    if (named && pos < named.count)
      return broken(
        undefined,
        `chain ${chain} ends at entry ${pos}, the last checkpoint names ${named.count}: entries were removed`,
      );
  }
  if (checkpoint) {
    for (const [chain, named] of Object.entries(checkpoint.chains)) {
      if (named.count > 0 && !chains.includes(Number(chain)))
        return broken(
          undefined,
          `chain ${chain} is missing: the last checkpoint names ${named.count} entries`,
        );
    }
    const entries =
      checkpoint.legacy.count + Object.values(checkpoint.chains).reduce((n, c) => n + c.count, 0);
    result.checkpoint = { at: checkpoint.at, entries };
  }
  return result;
}

/** The heads as they are now: legacy segment and every keyed chain (count and last MAC). */
async function currentHeads(
  db: Kysely<Database>,
): Promise<Omit<CheckpointBody, "v" | "key" | "at">> {
  const legacy = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("chain", "is", null)
    .executeTakeFirst();
  const chains: Record<string, { count: number; head: string }> = {};
  const count = isPostgres(db as unknown as Kysely<unknown>) ? PG_AUDIT_CHAINS : 1;
  for (let chain = 0; chain < count; chain++) {
    const head = await db
      .selectFrom("audit_log")
      .select(["chain_pos", "hash"])
      .where("chain", "=", chain)
      .orderBy("chain_pos", "desc")
      .limit(1)
      .executeTakeFirst();
    if (head?.chain_pos) chains[String(chain)] = { count: head.chain_pos, head: head.hash };
  }
  return { legacy: { count: Number(legacy?.n ?? 0), head: await legacyHead(db) }, chains };
}

/**
 * Appends one signed checkpoint line to `file` (created with its directory when missing) and
 * returns it. Only committed rows are counted, so any moment's heads are a valid prefix.
 */
export async function writeAuditCheckpoint(
  db: Kysely<Database>,
  file: string,
  now: Date,
): Promise<string> {
  const { keys } = auditSetupOf(db);
  const line = signCheckpoint(keys, { at: now.toISOString(), ...(await currentHeads(db)) });
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${line}\n`, { mode: 0o600 });
  return line;
}

export interface AuditQuery {
  youthId?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Entries with seq below this (newest first paging). */
  beforeSeq?: number | undefined;
  limit: number;
}

/** Access-log entries, newest first, with the actor's name and organisation. */
export function queryAudit(db: Kysely<Database>, q: AuditQuery) {
  let query = db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .leftJoin("organisations as o", "o.id", "a.actor_org_id")
    .select([
      "a.seq",
      "a.id",
      "a.at",
      "a.actor_id",
      "a.actor_role",
      "a.actor_org_id",
      "a.action",
      "a.outcome",
      "a.youth_id",
      "a.record_type",
      "a.record_ids",
      "a.ip",
      "a.client",
      "a.reason_enc",
      "a.chain",
      "a.details",
      "u.display_name as actor_name",
      "o.name as actor_org_name",
    ]);
  if (q.youthId) query = query.where("a.youth_id", "=", q.youthId);
  if (q.userId) query = query.where("a.actor_id", "=", q.userId);
  if (q.action) query = query.where("a.action", "=", q.action);
  if (q.from) query = query.where("a.at", ">=", q.from);
  if (q.to) query = query.where("a.at", "<", q.to);
  if (q.beforeSeq !== undefined) query = query.where("a.seq", "<", q.beforeSeq);
  return query.orderBy("a.seq", "desc").limit(q.limit).execute();
}
