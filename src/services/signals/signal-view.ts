/** Decrypts a stored signal into what the API shows. */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { listSignals } from "../../db/repositories/signal.repository.js";
import type { SignalView } from "../../shared/signal.schema.js";

type Row = Awaited<ReturnType<typeof listSignals>>[number];

export function signalView(row: Row, crypto: FieldCrypto): SignalView {
  return {
    id: row.id,
    indicatorIds: row.indicator_ids,
    observedAt: row.observed_at,
    source: row.source as SignalView["source"],
    sourceDetail: crypto.decryptNullable(row.source_detail_enc),
    facts: crypto.decrypt(row.facts_enc),
    interpretation: crypto.decryptNullable(row.interpretation_enc),
    contextAnswers: row.context_answers_enc
      ? (JSON.parse(crypto.decrypt(row.context_answers_enc)) as Record<string, string>)
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
          reason: row.retraction_reason ?? "",
          at: row.retracted_at ?? "",
          by: row.retracted_by_name ?? "",
          byRole: row.retractor_role,
          byOrganisation: row.retractor_org_name,
        }
      : null,
  };
}
