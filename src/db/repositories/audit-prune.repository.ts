/**
 * Removing the expired prefix of a keyed access-log chain (issue 22). The chain is anchored in
 * the same transaction: an `audit_anchors` row names the position and MAC of the last removed
 * entry, signed with the checkpoint key, and `verifyAuditChain` starts the chain there. This is
 * the only code that deletes access-log entries; the app itself never does (ADR 0008).
 */
import type { Kysely, Transaction } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database } from "../schema.js";
import { auditSetupOf, lockGivenAuditChain } from "./audit.repository.js";

/** The keyed chains that hold entries. */
export async function listAuditChains(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom("audit_log")
    .select("chain")
    .distinct()
    .where("chain", "is not", null)
    .execute();
  return rows.flatMap((r) => (r.chain === null ? [] : [r.chain])).sort((a, b) => a - b);
}

/**
 * Removes up to `limit` of the oldest entries of one chain written before `before`, stopping at
 * the first entry that is not expired (only a prefix goes). Returns the removed entries' ids.
 */
export async function pruneAuditPrefix(
  trx: Transaction<Database>,
  chain: number,
  before: string,
  now: Date,
  limit: number,
): Promise<string[]> {
  await lockGivenAuditChain(trx, chain);
  const rows = await trx
    .selectFrom("audit_log")
    .select(["id", "at", "chain_pos", "hash"])
    .where("chain", "=", chain)
    .orderBy("chain_pos")
    .limit(limit)
    .execute();
  const prefix: typeof rows = [];
  for (const row of rows) {
    if (row.at >= before) break;
    prefix.push(row);
  }
  const last = prefix.at(-1);
  if (!last || last.chain_pos === null) return [];
  const { keys } = auditSetupOf(trx);
  const at = now.toISOString();
  const keyId = keys.currentId;
  await trx
    .insertInto("audit_anchors")
    .values({
      id: randomUUID(),
      chain,
      chain_pos: last.chain_pos,
      hash: last.hash,
      at,
      mac_key: keyId,
      mac: keys.anchorMac(keyId, { chain, chainPos: last.chain_pos, hash: last.hash, at }),
    })
    .execute();
  await trx
    .deleteFrom("audit_log")
    .where("chain", "=", chain)
    .where("chain_pos", "<=", last.chain_pos)
    .execute();
  // Older anchors of the chain name entries that are gone now; the newest one is enough.
  await trx
    .deleteFrom("audit_anchors")
    .where("chain", "=", chain)
    .where("chain_pos", "<", last.chain_pos)
    .execute();
  return prefix.map((r) => r.id);
}
