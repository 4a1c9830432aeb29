/**
 * The tamper-evident access log: append-only rows, each with a SHA-256 hash over its content
 * and the previous row's hash. The application never updates or deletes a row.
 */
import { createHash, randomUUID } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import { auditDetails, type AuditEntryInput } from "../../domain/audit-events.js";
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

const GENESIS = "0".repeat(64);

type Row = Omit<Database["audit_log"], "seq">;

function hashRow(row: Omit<Row, "hash">): string {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.actor_id,
    row.actor_role,
    row.actor_org_id,
    row.action,
    row.outcome,
    row.youth_id,
    row.record_type,
    row.record_ids,
    row.ip,
    row.client,
    row.reason,
    row.details,
    row.prev_hash,
  ]);
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Takes the audit chain's lock until the transaction ends (PostgreSQL; SQLite has one writer),
 * so two transactions never chain onto the same previous hash. Lock order: a transaction takes
 * this lock BEFORE any youth row lock (youth.repository does so), or a dossier edit holding the
 * row and a signal holding this lock wait for each other — a deadlock, answered with a 500.
 */
export async function lockAuditChain(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  if (!isPostgres(db as unknown as Kysely<unknown>)) return;
  await sql`select pg_advisory_xact_lock(7513)`.execute(db);
}

/** Appends one entry inside the given transaction (so a change and its entry commit together). */
export async function appendAudit(
  trx: Transaction<Database>,
  ctx: AuditContext,
  entry: AuditEntryInput,
): Promise<void> {
  await lockAuditChain(trx);
  const last = await trx
    .selectFrom("audit_log")
    .select("hash")
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const base: Omit<Row, "hash"> = {
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
    reason: entry.reason ?? null,
    details: JSON.stringify(auditDetails.parse(entry.details ?? {})),
    prev_hash: last?.hash ?? GENESIS,
  };
  await trx
    .insertInto("audit_log")
    .values({ ...base, hash: hashRow(base) })
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
  firstBrokenSeq?: number;
  problem?: string;
}

/** Walks the whole chain in order and reports the first broken link. */
export async function verifyAuditChain(db: Kysely<Database>, batch = 5000): Promise<VerifyResult> {
  let prev = GENESIS;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">", afterSeq)
      .orderBy("seq")
      .limit(batch)
      .execute();
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      const { seq, hash, ...rest } = row;
      if (rest.prev_hash !== prev) {
        return { ok: false, checked, firstBrokenSeq: seq, problem: "previous hash does not match" };
      }
      if (hashRow(rest) !== hash) {
        return {
          ok: false,
          checked,
          firstBrokenSeq: seq,
          problem: "content does not match its hash",
        };
      }
      prev = hash;
      afterSeq = seq;
      checked += 1;
    }
  }
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
      "a.reason",
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
