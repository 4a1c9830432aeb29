/**
 * The facts a report rests on, frozen with it: the signals in force when it was sent (ids,
 * observed dates, their catalogue indicators with ids and texts) and the picture at that moment
 * (level, rules version, when computed, which rule cited which signals). Catalogue texts only,
 * never the professionals' free text; the snapshot itself is stored encrypted.
 */
import { listSignals } from "../../db/repositories/signal.repository.js";
import { findYouthRow } from "../../db/repositories/youth.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import type { Picture } from "../../domain/picture/index.js";
import type { ServiceDeps } from "../deps.js";

/** What the snapshot records about the facts behind a report. */
export interface ReportBasis {
  catalogVersion: string;
  picture: {
    level: number;
    rulesVersion: string | null;
    computedAt: string | null;
    reasons: { rule: string; level: number; text: string; signalIds: string[] }[];
  } | null;
  signals: {
    id: string;
    observedOn: string;
    recordedAt: string;
    catalogVersion: string;
    indicators: { id: string; text: { nl: string; en: string } | null }[];
  }[];
}

/** The basis of a report on this youth, as it stands now (call it when the report is sent). */
export async function reportBasis(
  db: Db,
  deps: Pick<ServiceDeps, "catalog" | "catalogIndex">,
  youthId: string,
): Promise<ReportBasis> {
  const [youth, signals] = await Promise.all([findYouthRow(db, youthId), listSignals(db, youthId)]);
  const picture = youth?.picture ? (JSON.parse(youth.picture) as Picture) : null;
  return {
    catalogVersion: deps.catalog.version,
    picture: youth
      ? {
          level: youth.level,
          rulesVersion: youth.rules_version,
          computedAt: youth.picture_computed_at,
          reasons: (picture?.reasons ?? []).map((r) => ({
            rule: r.rule,
            level: r.level,
            text: r.text.nl,
            signalIds: [...r.signalIds],
          })),
        }
      : null,
    signals: signals
      .filter((s) => s.retraction_id === null)
      .map((s) => ({
        id: s.id,
        observedOn: s.observed_at,
        recordedAt: s.created_at,
        catalogVersion: s.catalog_version,
        indicators: s.indicator_ids.map((id) => {
          const i = deps.catalogIndex.indicator(id);
          return { id, text: i ? { nl: i.text.nl, en: i.text.en } : null };
        }),
      })),
  };
}
