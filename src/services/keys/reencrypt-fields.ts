/**
 * The one re-encryption pass, shared by `inzicht rotate-keys` and the start-up upgrade (ADR
 * 0009): every column of ENCRYPTED_COLUMNS whose value is not v2 under the current key is
 * decrypted (v1 or v2, any configured key) and encrypted again as v2, bound to its table, column
 * and row. Values in a formerly plain column that are not a ciphertext yet are encrypted. The
 * youths' and signal entities' blind indexes are recomputed under the current key. A row a service changed meanwhile
 * is read again, so no write is lost.
 */
import { FieldCrypto } from "../../db/field-crypto.js";
import {
  ENCRYPTED_COLUMNS,
  type EncryptedTable,
  type FieldBinding,
} from "../../db/encrypted-columns.js";
import {
  readBatch,
  readRow,
  writeRowIfUnchanged,
} from "../../db/repositories/rotation.repository.js";
import type { ServiceDeps } from "../deps.js";
import { youthIndexes } from "../youths/register-youth.js";
import { ENTITY_KINDS, type EntityKind } from "../../domain/patterns/entities.js";
import { entityIndex } from "../patterns/entity-index.js";

export interface ReencryptionReport {
  /** Rows written. */
  reEncrypted: number;
  /** Rows written per table (every listed table appears, 0 included). */
  tables: Record<string, number>;
}

type Row = Record<string, string | null>;

const YOUTH_INDEXES = ["v_number_idx", "bsn_idx", "name_dob_idx"] as const;
const ENTITY_EXTRA = ["kind", "value_idx"] as const;

const isEntityKind = (v: unknown): v is EntityKind =>
  typeof v === "string" && (ENTITY_KINDS as readonly string[]).includes(v);
const BATCH = 500;
const ATTEMPTS = 5;

function bindingOf(t: EncryptedTable, column: string, rowId: string): FieldBinding {
  return { table: t.table, column, rowId } as FieldBinding;
}

/** The columns to write for one row (empty when it is current), and what they held. */
function plan(
  c: FieldCrypto,
  t: EncryptedTable,
  row: Row,
): { values: Record<string, string | null>; expected: Record<string, string> } {
  const key = String(row[t.key]);
  const values: Record<string, string | null> = {};
  const expected: Record<string, string> = {};
  const plain = new Map<string, string>();
  for (const col of t.columns) {
    const v = row[col];
    if (typeof v !== "string") continue;
    const binding = bindingOf(t, col, key);
    if (t.formerlyPlain.includes(col) && !FieldCrypto.looksEncrypted(v)) {
      plain.set(col, v);
      values[col] = c.encrypt(v, binding);
      expected[col] = v;
    } else if (!c.isCurrent(v)) {
      const p = c.decryptForReencryption(v, binding);
      plain.set(col, p);
      values[col] = c.encrypt(p, binding);
      expected[col] = v;
    }
  }
  if (t.table === "youths") {
    const read = (col: string): string | null => {
      const known = plain.get(col);
      if (known !== undefined) return known;
      const v = row[col];
      return typeof v === "string" ? c.decryptForReencryption(v, bindingOf(t, col, key)) : null;
    };
    const idx = youthIndexes(c, {
      displayName: read("display_name_enc") ?? "",
      dateOfBirth: read("dob_enc") ?? "",
      vNumber: read("v_number_enc"),
      bsn: read("bsn_enc"),
    });
    const wanted = {
      v_number_idx: idx.vNumberIdx,
      bsn_idx: idx.bsnIdx,
      name_dob_idx: idx.nameDobIdx,
    };
    for (const col of YOUTH_INDEXES) if (row[col] !== wanted[col]) values[col] = wanted[col];
  }
  if (
    t.table === "signal_entities" &&
    isEntityKind(row.kind) &&
    typeof row.value_enc === "string"
  ) {
    const value =
      plain.get("value_enc") ??
      c.decryptForReencryption(row.value_enc, bindingOf(t, "value_enc", key));
    const wanted = entityIndex(c, row.kind, value);
    if (row.value_idx !== wanted) values.value_idx = wanted;
  }
  return { values, expected };
}

/** Re-encrypts every listed column that is not current; see the file comment. */
export async function reencryptFields(deps: ServiceDeps): Promise<ReencryptionReport> {
  const c = deps.crypto;
  const report: ReencryptionReport = { reEncrypted: 0, tables: {} };
  for (const t of ENCRYPTED_COLUMNS) {
    const extra =
      t.table === "youths" ? YOUTH_INDEXES : t.table === "signal_entities" ? ENTITY_EXTRA : [];
    let after = "";
    let changed = 0;
    for (;;) {
      const rows = await readBatch(deps.db, t, after, BATCH, extra);
      if (rows.length === 0) break;
      for (const first of rows) {
        const key = String(first[t.key]);
        after = key;
        let row: Row | undefined = first;
        for (let attempt = 1; row; attempt += 1) {
          const { values, expected } = plan(c, t, row);
          if (Object.keys(values).length === 0) break;
          if (await writeRowIfUnchanged(deps.db, t, key, values, expected)) {
            changed += 1;
            break;
          }
          if (attempt >= ATTEMPTS)
            throw new Error(`${t.table} row ${key} kept changing during re-encryption; run again`);
          row = await readRow(deps.db, t, key, extra);
        }
      }
    }
    report.tables[t.table] = changed;
    report.reEncrypted += changed;
  }
  return report;
}
