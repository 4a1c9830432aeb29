/** Report rows as the API shows them (decrypted). */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { ReportWithPeople } from "../../db/repositories/report.repository.js";
import { REPORT_KINDS, type ConsentRecord, type ReportView } from "../../shared/reports.schema.js";
import { field } from "../../db/encrypted-columns.js";

export function reportView(r: ReportWithPeople, crypto: FieldCrypto): ReportView {
  return {
    id: r.id,
    kind: REPORT_KINDS.find((k) => k === r.kind) ?? "comensha",
    status: r.status === "sent" ? "sent" : "draft",
    trajectId: r.traject_id,
    form: JSON.parse(
      crypto.decrypt(r.form_enc, field("reports", "form_enc", r.id)),
    ) as ReportView["form"],
    consent: r.consent_enc
      ? (JSON.parse(
          crypto.decrypt(r.consent_enc, field("reports", "consent_enc", r.id)),
        ) as ConsentRecord)
      : null,
    createdBy: { id: r.created_by, name: r.creator_name, organisation: r.creator_org },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sentBy:
      r.sent_by && r.sender_name
        ? { id: r.sent_by, name: r.sender_name, organisation: r.sender_org ?? "" }
        : null,
    sentAt: r.sent_at,
    snapshotHash: r.snapshot_hash,
    version: r.version,
  };
}
