/** Reading the access log: the privacy officer's queries and the stored reason in plaintext. */
import type { Kysely } from "kysely";
import { field } from "../encrypted-columns.js";
import { FieldCrypto } from "../field-crypto.js";
import type { Database } from "../schema.js";

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
