/**
 * Re-encrypts every encrypted column under the current (first) key and recomputes the blind
 * indexes. Run after putting a new key first in INZICHT_SECRET_KEY ("k2:new,k1:old"); once it
 * reports 0 values left under old keys, the old key can be removed. The columns come from the
 * one list in src/db/encrypted-columns.ts (ADR 0009).
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { auditContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { systemContext } from "../system-context.js";
import { reencryptFields, type ReencryptionReport } from "./reencrypt-fields.js";

export type RotationReport = ReencryptionReport;

export async function rotateKeys(deps: ServiceDeps): Promise<RotationReport> {
  const report = await reencryptFields(deps);
  await appendAuditNow(deps.db, auditContext(systemContext(deps.clock(), "inzicht-rotate-keys")), {
    action: "keys.rotate",
    details: { rows: report.reEncrypted, key: deps.crypto.currentKeyId },
  });
  return report;
}
