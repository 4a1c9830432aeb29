/** Kysely table types of retention (issue 22), added to `Database` in schema.ts. */
import type { Generated } from "kysely";

/** One removal by the retention job or an erasure decision; no personal data. */
export interface DeletionLogTable {
  id: string;
  at: string;
  record_type: string;
  /** The rule id (src/domain/retention/rules.ts) or `erasure.<reason>`. */
  rule: string;
  rows: number;
  /** HMAC (blind-index key, purpose "deletion-log") over the sorted removed ids. */
  reference: string;
}

/** Where a keyed access-log chain starts after its oldest entries were removed. */
export interface AuditAnchorTable {
  id: string;
  chain: number;
  /** Position of the last removed entry; the chain continues at chain_pos + 1. */
  chain_pos: number;
  /** MAC of the last removed entry: the next entry's prev_hash. */
  hash: string;
  at: string;
  mac_key: string;
  /** Checkpoint-key HMAC over chain, position, hash and time. */
  mac: string;
}

/** A legal hold on a dossier. */
export interface RetentionHoldTable {
  id: string;
  youth_id: string;
  reason_enc: string;
  placed_by: string;
  placed_at: string;
  review_due_at: string;
  lifted_by: string | null;
  lifted_at: string | null;
  version: Generated<number>;
}
