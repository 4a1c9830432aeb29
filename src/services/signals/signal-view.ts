/** Decrypts a stored signal into what the API shows. */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { listSignals } from "../../db/repositories/signal.repository.js";
import type { SignalView } from "../../shared/signal.schema.js";
import { field } from "../../db/encrypted-columns.js";

type Row = Awaited<ReturnType<typeof listSignals>>[number];

export function signalView(row: Row, crypto: FieldCrypto): SignalView {
  return {
    id: row.id,
    indicatorIds: row.indicator_ids,
    observedAt: row.observed_at,
    source: row.source as SignalView["source"],
    sourceDetail: crypto.decryptNullable(
      row.source_detail_enc,
      field("signals", "source_detail_enc", row.id),
    ),
    facts: crypto.decrypt(row.facts_enc, field("signals", "facts_enc", row.id)),
    interpretation: crypto.decryptNullable(
      row.interpretation_enc,
      field("signals", "interpretation_enc", row.id),
    ),
    contextAnswers: row.context_answers_enc
      ? (JSON.parse(
          crypto.decrypt(row.context_answers_enc, field("signals", "context_answers_enc", row.id)),
        ) as Record<string, string>)
      : {},
    catalogVersion: row.catalog_version,
    recordedAt: row.created_at,
    recordedBy: {
      id: row.recorded_by,
      name: row.recorder_name,
      role: row.recorder_role,
      organisation: row.recorder_org_name,
    },
    retraction: row.retraction_id
      ? {
          reason: row.retraction_reason_enc
            ? crypto.decrypt(
                row.retraction_reason_enc,
                field("signal_retractions", "reason_enc", row.retraction_id),
              )
            : "",
          at: row.retracted_at ?? "",
          by: row.retracted_by_name ?? "",
          byRole: row.retractor_role,
          byOrganisation: row.retractor_org_name,
        }
      : null,
  };
}
