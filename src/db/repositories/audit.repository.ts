/**
 * The tamper-evident access log: append-only rows in several independent keyed chains
 * (ADR 0008). Each row carries an HMAC-SHA-256 over its content, its chain position and the
 * previous row's MAC, with a key the database does not hold; signed checkpoints outside the
 * table pin each chain's head. The application never updates or deletes a row.
 *
 * This file writes the chains; audit-verify.repository.ts checks them and writes checkpoints,
 * audit-query.repository.ts reads entries for the privacy officer.
 */
import { performance } from "node:perf_hooks";
import { randomInt, randomUUID } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import { auditDetails, type AuditEntryInput } from "../../domain/audit-events.js";
import { GENESIS, type AuditChainContent, type AuditKeyring } from "../audit-chain.js";
import { field } from "../encrypted-columns.js";
import type { FieldCrypto } from "../field-crypto.js";
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
  /** Told how long writes take (the metrics, ADR 0019); optional. */
  observer?: AuditObserver;
}

/** Receives access-log write timings: `append` inside a transaction, `commit` queued → committed. */
export interface AuditObserver {
  written(stage: "append" | "commit", seconds: number): void;
  failed(): void;
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

/** Waits for one given chain's lock until the transaction ends (PostgreSQL; retention pruning). */
export async function lockGivenAuditChain(
  trx: Transaction<Database>,
  chain: number,
): Promise<void> {
  if (!isPostgres(trx as unknown as Kysely<unknown>)) return;
  await sql`select pg_advisory_xact_lock(${LOCK_SPACE}, ${chain})`.execute(trx);
}

/** The last row of the legacy (plain SHA-256) segment, whose hash every keyed chain starts on. */
export async function legacyHead(db: Db): Promise<string> {
  const row = await db
    .selectFrom("audit_log")
    .select("hash")
    .where("chain", "is", null)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.hash ?? GENESIS;
}

/** The newest anchor of a chain (where it starts after pruning), if any. */
export function newestAnchor(db: Db, chain: number) {
  return db
    .selectFrom("audit_anchors")
    .selectAll()
    .where("chain", "=", chain)
    .orderBy("chain_pos", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Appends one entry inside the given transaction (so a change and its entry commit together). */
export async function appendAudit(
  trx: Transaction<Database>,
  ctx: AuditContext,
  entry: AuditEntryInput,
): Promise<void> {
  const { keys, crypto, observer } = auditSetupOf(trx);
  const started = performance.now();
  await lockAuditChain(trx);
  const chain = chainOfTrx.get(trx) ?? 0;
  const last = await trx
    .selectFrom("audit_log")
    .select(["hash", "chain_pos"])
    .where("chain", "=", chain)
    .orderBy("chain_pos", "desc")
    .limit(1)
    .executeTakeFirst();
  // A chain whose entries were all removed by retention continues after its anchor (issue 22).
  const anchor = last ? undefined : await newestAnchor(trx, chain);
  const pos = (last?.chain_pos ?? anchor?.chain_pos ?? 0) + 1;
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
    prev_hash: last?.hash ?? anchor?.hash ?? (await legacyHead(trx)),
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
  observer?.written("append", (performance.now() - started) / 1000);
}

interface Pending {
  ctx: AuditContext;
  entry: AuditEntryInput;
  queuedAt: number;
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
    q.pending.push({ ctx, entry, queuedAt: performance.now(), resolve, reject }),
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
  const { observer } = auditSetupOf(db);
  while (q.pending.length > 0) {
    const batch = q.pending.splice(0, 200);
    try {
      await db.transaction().execute(async (trx) => {
        for (const p of batch) await appendAudit(trx, p.ctx, p.entry);
      });
      const now = performance.now();
      batch.forEach((p) => {
        observer?.written("commit", (now - p.queuedAt) / 1000);
        p.resolve();
      });
    } catch (error) {
      observer?.failed();
      batch.forEach((p) => p.reject(error));
    }
  }
  q.flushing = false;
}
