/**
 * Re-encrypts every encrypted column under the current (first) key and recomputes the blind
 * indexes. Run after putting a new key first in INZICHT_SECRET_KEY ("k2:new,k1:old"); once it
 * reports 0 values left under old keys, the old key can be removed.
 */
import { FieldCrypto } from "../../db/field-crypto.js";
import { ENCRYPTED_COLUMNS } from "../../db/encrypted-columns.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { readBatch, writeRow } from "../../db/repositories/rotation.repository.js";
import { auditContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { systemContext } from "../system-context.js";
import { youthIndexes } from "../youths/register-youth.js";

export interface RotationReport {
  reEncrypted: number;
  tables: Record<string, number>;
}

export async function rotateKeys(deps: ServiceDeps): Promise<RotationReport> {
  const c = deps.crypto;
  const report: RotationReport = { reEncrypted: 0, tables: {} };
  for (const t of ENCRYPTED_COLUMNS) {
    let after = "";
    let changed = 0;
    for (;;) {
      const rows = await readBatch(deps.db, t, after, 500);
      if (rows.length === 0) break;
      for (const row of rows) {
        const key = String(row[t.key]);
        after = key;
        const values: Record<string, string | null> = {};
        for (const col of t.columns) {
          const v = row[col];
          if (typeof v === "string" && FieldCrypto.keyIdOf(v) !== c.currentKeyId)
            values[col] = c.encrypt(c.decrypt(v));
        }
        if (t.table === "youths") {
          const plain = (col: string) =>
            typeof row[col] === "string" ? c.decrypt(row[col] as string) : null;
          const idx = youthIndexes(c, {
            displayName: plain("display_name_enc") ?? "",
            dateOfBirth: plain("dob_enc") ?? "",
            vNumber: plain("v_number_enc"),
            bsn: plain("bsn_enc"),
          });
          Object.assign(values, {
            v_number_idx: idx.vNumberIdx,
            bsn_idx: idx.bsnIdx,
            name_dob_idx: idx.nameDobIdx,
          });
        }
        if (Object.keys(values).length > 0) {
          await writeRow(deps.db, t, key, values);
          changed += 1;
        }
      }
    }
    report.tables[t.table] = changed;
    report.reEncrypted += changed;
  }
  await appendAuditNow(deps.db, auditContext(systemContext(deps.clock(), "inzicht-rotate-keys")), {
    action: "keys.rotate",
    details: { rows: report.reEncrypted, key: c.currentKeyId },
  });
  return report;
}
