/**
 * The data-subject export (AVG art. 15, issue 22): everything InZicht holds about one youth, for
 * the privacy officer: the youth row and every row of every dossier table (the same list the
 * deletion walks), each encrypted column decrypted, and the youth's access-log entries. Logged
 * as `subject.export` with the number of rows, never the content.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { plainAuditReason } from "../../db/repositories/audit-query.repository.js";
import { ENCRYPTED_COLUMNS, type FieldBinding } from "../../db/encrypted-columns.js";
import {
  DOSSIER_TABLES,
  listAuditForYouth,
  listDossierRows,
} from "../../db/repositories/retention.repository.js";
import { findYouthRow } from "../../db/repositories/youth.repository.js";
import { notFound } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import type { SubjectExport } from "../../shared/retention.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

type Row = Record<string, unknown>;

/** A row with its encrypted columns decrypted (the `_enc` suffix dropped from the name). */
function decryptRow(deps: ServiceDeps, table: string, row: Row): Row {
  const spec = ENCRYPTED_COLUMNS.find((t) => t.table === table);
  if (!spec) return row;
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (!spec.columns.includes(column)) {
      out[column] = value;
      continue;
    }
    const binding = { table, column, rowId: String(row[spec.key]) } as FieldBinding;
    out[column.replace(/_enc$/, "")] =
      typeof value === "string" ? deps.crypto.decrypt(value, binding) : value;
  }
  return out;
}

export async function exportSubjectData(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
): Promise<SubjectExport> {
  authorize(ctx.actor, "subject.export");
  return deps.db.transaction().execute(async (trx) => {
    const youth = await findYouthRow(trx, youthId);
    if (!youth) throw notFound("youth");
    const tables: Record<string, Row[]> = {
      youths: [decryptRow(deps, "youths", youth as unknown as Row)],
    };
    let rows = 1;
    for (const table of DOSSIER_TABLES) {
      const found = await listDossierRows(trx, table, youthId);
      tables[table] = found.map((r) => decryptRow(deps, table, r));
      rows += found.length;
    }
    const accessLog = (await listAuditForYouth(trx, youthId)).map((r) => {
      const { reason_enc: _enc, prev_hash: _p, hash: _h, mac_key: _k, ...rest } = r;
      return { ...rest, reason: plainAuditReason(deps.crypto, r) };
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "subject.export",
      youthId,
      recordType: "youth",
      recordIds: [youthId],
      details: { rows, accessLogEntries: accessLog.length },
    });
    return { youthId, exportedAt: ctx.now.toISOString(), tables, accessLog };
  });
}
