/**
 * Verifying the access log (ADR 0008): walks every chain and checks each link and the signed
 * checkpoints outside the table; writes those checkpoints. The writing side is
 * audit.repository.ts.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
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
import type { Database } from "../schema.js";
import { isPostgres } from "../dialect.js";
import {
  auditSetupOf,
  legacyHead,
  newestAnchor,
  PG_AUDIT_CHAINS,
  type AuditLogSetup,
} from "./audit.repository.js";
import { plainAuditReason } from "./audit-query.repository.js";

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
  //    A chain whose oldest entries retention removed starts at its newest anchor (issue 22).
  const chainRows = await db
    .selectFrom("audit_log")
    .select("chain")
    .distinct()
    .where("chain", "is not", null)
    .execute();
  const anchors = await db.selectFrom("audit_anchors").selectAll().execute();
  const startOf = new Map<number, { pos: number; hash: string }>();
  for (const a of anchors) {
    if (!keys.has(a.mac_key))
      return broken(undefined, `anchor of chain ${a.chain} signed with an unknown key`);
    const mac = keys.anchorMac(a.mac_key, {
      chain: a.chain,
      chainPos: a.chain_pos,
      hash: a.hash,
      at: a.at,
    });
    if (!sameMac(mac, a.mac)) return broken(undefined, `anchor of chain ${a.chain} is forged`);
    const known = startOf.get(a.chain);
    if (!known || known.pos < a.chain_pos) startOf.set(a.chain, { pos: a.chain_pos, hash: a.hash });
  }
  const chains = [
    ...new Set([
      ...chainRows.flatMap((r) => (r.chain === null ? [] : [r.chain])),
      ...startOf.keys(),
    ]),
  ].sort((a, b) => a - b);
  for (const chain of chains) {
    result.chains += 1;
    const start = startOf.get(chain);
    let prevMac = start?.hash ?? legacyHeadHash;
    let pos = start?.pos ?? 0;
    const namedAtStart = checkpoint?.chains[String(chain)];
    if (start && namedAtStart && namedAtStart.count === pos && namedAtStart.head !== start.hash)
      return broken(undefined, `chain ${chain} differs from the last checkpoint at its anchor`);
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
    else {
      // Every entry of the chain removed by retention: its anchor names the head (issue 22).
      const anchor = await newestAnchor(db, chain);
      if (anchor) chains[String(chain)] = { count: anchor.chain_pos, head: anchor.hash };
    }
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
