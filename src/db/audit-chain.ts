/**
 * The keyed access-log chain (ADR 0008): HMAC-SHA-256 over each entry's content and the previous
 * entry's MAC, with a key the database does not hold, and HMAC-signed checkpoints (entry count
 * and head per chain) written outside the table. Someone with write access to the database can
 * then neither rewrite entries (they cannot compute the MACs) nor cut entries off the end (the
 * checkpoints name a head that would be missing).
 *
 * Entries from before this design carry a plain SHA-256 chain ("legacy segment"); the first
 * entry of every keyed chain names the legacy head as its previous hash, so the legacy segment
 * is pinned by a MAC as well.
 */
import { createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** The content of one entry as hashed (reason in plaintext, so key rotation can re-encrypt it). */
export interface AuditChainContent {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_org_id: string | null;
  action: string;
  outcome: string;
  youth_id: string | null;
  record_type: string | null;
  record_ids: string;
  ip: string | null;
  client: string | null;
  reason: string | null;
  details: string;
  prev_hash: string;
}

export const GENESIS = "0".repeat(64);

/** What an anchor states: chain, the position and MAC of the last removed entry, and when. */
export interface AuditAnchorContent {
  chain: number;
  chainPos: number;
  hash: string;
  at: string;
}

/** HKDF labels: one key for entries, one for checkpoints (never the data encryption keys). */
const ENTRY_LABEL = "inzicht/audit-chain/v1";
const CHECKPOINT_LABEL = "inzicht/audit-checkpoint/v1";

interface DerivedAuditKey {
  id: string;
  entry: Buffer;
  checkpoint: Buffer;
}

/** Key material for the chain: the first key signs, every key verifies. */
export class AuditKeyring {
  private readonly keys: DerivedAuditKey[];
  private readonly byId: Map<string, DerivedAuditKey>;

  constructor(sources: readonly { id: string; secret: string }[]) {
    if (sources.length === 0) throw new Error("the audit chain needs at least one key");
    this.keys = sources.map((s) => {
      const ikm = Buffer.from(s.secret, "utf8");
      const salt = Buffer.from("inzicht-audit", "utf8");
      return {
        id: s.id,
        entry: Buffer.from(hkdfSync("sha256", ikm, salt, ENTRY_LABEL, 32)),
        checkpoint: Buffer.from(hkdfSync("sha256", ikm, salt, CHECKPOINT_LABEL, 32)),
      };
    });
    this.byId = new Map(this.keys.map((k) => [k.id, k]));
  }

  /** Id of the key new entries and checkpoints are signed with. */
  get currentId(): string {
    const k = this.keys[0];
    if (!k) throw new Error("no audit key");
    return k.id;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  private key(id: string): DerivedAuditKey {
    const k = this.byId.get(id);
    if (!k) throw new Error(`audit key "${id}" is not configured`);
    return k;
  }

  /** The MAC of a keyed entry (its position in its chain is part of what is signed). */
  entryMac(keyId: string, chain: number, pos: number, content: AuditChainContent): string {
    return createHmac("sha256", this.key(keyId).entry)
      .update(JSON.stringify(["entry", chain, pos, keyId, ...contentFields(content)]))
      .digest("hex");
  }

  /**
   * The MAC of a chain's anchor (issue 22): where the chain starts after its oldest entries
   * were removed. Made with the checkpoint key, so an entry's MAC can never pass for one.
   */
  anchorMac(keyId: string, anchor: AuditAnchorContent): string {
    return createHmac("sha256", this.key(keyId).checkpoint)
      .update(JSON.stringify(["anchor", anchor.chain, anchor.chainPos, anchor.hash, anchor.at]))
      .digest("hex");
  }

  /** The MAC of a checkpoint's body. */
  checkpointMac(keyId: string, body: string): string {
    return createHmac("sha256", this.key(keyId).checkpoint).update(body).digest("hex");
  }
}

/**
 * The keys the chain uses from a configuration: INZICHT_AUDIT_KEY when set (key id "audit"),
 * which need never rotate; else the data keys of INZICHT_SECRET_KEY, each under its own id —
 * keep a retired data key configured for as long as entries signed with it must verify.
 */
export function auditKeySources(
  dataKeys: readonly { id: string; secret: string }[],
  auditKey: string | null | undefined,
): { id: string; secret: string }[] {
  return auditKey ? [{ id: "audit", secret: auditKey }, ...dataKeys] : [...dataKeys];
}

function contentFields(row: AuditChainContent): unknown[] {
  return [
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
  ];
}

/** The plain SHA-256 of a legacy entry (the design before ADR 0008). */
export function legacyHash(row: AuditChainContent): string {
  return createHash("sha256")
    .update(JSON.stringify(contentFields(row)))
    .digest("hex");
}

/** Constant-time comparison of two hex MACs. */
export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What a checkpoint states: the legacy segment and the head of every keyed chain. */
export interface CheckpointBody {
  v: 1;
  at: string;
  key: string;
  legacy: { count: number; head: string };
  /** Per chain number: entries in the chain and the MAC of its last entry. */
  chains: Record<string, { count: number; head: string }>;
}

/** One signed line for the checkpoint file. */
export function signCheckpoint(
  keys: AuditKeyring,
  body: Omit<CheckpointBody, "v" | "key">,
): string {
  const full: CheckpointBody = {
    v: 1,
    at: body.at,
    key: keys.currentId,
    legacy: body.legacy,
    chains: body.chains,
  };
  const text = JSON.stringify(full);
  return JSON.stringify({ ...full, mac: keys.checkpointMac(full.key, text) });
}

/** Parses and checks one checkpoint line; null when it is not a validly signed checkpoint. */
export function readCheckpoint(keys: AuditKeyring, line: string): CheckpointBody | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { mac, ...rest } = parsed as Record<string, unknown>;
  const body = rest as unknown as CheckpointBody;
  if (typeof mac !== "string" || body.v !== 1 || typeof body.key !== "string") return null;
  if (!keys.has(body.key)) return null;
  const text = JSON.stringify({
    v: 1,
    at: body.at,
    key: body.key,
    legacy: body.legacy,
    chains: body.chains,
  });
  return sameMac(keys.checkpointMac(body.key, text), mac) ? body : null;
}
