/**
 * After a restore (issue 22): the access log verifies and every encrypted value decrypts with the
 * configured keys. Walks THE list of encrypted columns (ADR 0009) in batches; a value that was
 * plain before its column was renamed to `_enc` counts as readable only if it is not a
 * ciphertext. Answers counts, never a value.
 */
import { ENCRYPTED_COLUMNS, type FieldBinding } from "../../db/encrypted-columns.js";
import { FieldCrypto } from "../../db/field-crypto.js";
import {
  verifyAuditChain,
  type VerifyResult,
} from "../../db/repositories/audit-verify.repository.js";
import { readBatch } from "../../db/repositories/rotation.repository.js";
import type { ServiceDeps } from "../deps.js";

export interface RestoreCheck {
  audit: VerifyResult;
  /** Encrypted values decrypted, per table. */
  decrypted: Record<string, number>;
  /** Values that did not decrypt (table.column → count). */
  failed: Record<string, number>;
  ok: boolean;
}

export async function checkRestore(
  deps: Pick<ServiceDeps, "db" | "crypto">,
  options: { checkpointFile?: string | null } = {},
): Promise<RestoreCheck> {
  const audit = await verifyAuditChain(deps.db, { checkpointFile: options.checkpointFile ?? null });
  const decrypted: Record<string, number> = {};
  const failed: Record<string, number> = {};
  for (const t of ENCRYPTED_COLUMNS) {
    let after = "";
    for (;;) {
      const rows = await readBatch(deps.db, t, after, 1000);
      const last = rows.at(-1);
      if (!last) break;
      after = String(last[t.key]);
      for (const row of rows) {
        for (const column of t.columns) {
          const value = row[column];
          if (value === null || value === undefined) continue;
          if (t.formerlyPlain.includes(column) && !FieldCrypto.looksEncrypted(value)) continue;
          const binding = { table: t.table, column, rowId: String(row[t.key]) } as FieldBinding;
          try {
            deps.crypto.decrypt(value, binding);
            decrypted[t.table] = (decrypted[t.table] ?? 0) + 1;
          } catch {
            const name = `${t.table}.${column}`;
            failed[name] = (failed[name] ?? 0) + 1;
          }
        }
      }
    }
  }
  return { audit, decrypted, failed, ok: audit.ok && Object.keys(failed).length === 0 };
}
