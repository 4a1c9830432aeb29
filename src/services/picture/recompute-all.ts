/**
 * Recomputes the stored picture of every youth (after a rules change, and periodically so that
 * time windows — an acute signal older than 7 days, signals older than 12 months — take effect).
 * Reports what moved.
 */
import type { ServiceDeps } from "../deps.js";
import { recomputePicture } from "./recompute-picture.js";
import { listYouthIdsForRecompute } from "../../db/repositories/recompute.repository.js";

/** One youth whose level moved: from/to, the rule sets, and the rules that decided. */
export interface RecomputeMove {
  youthId: string;
  from: number;
  to: number;
  rulesFrom: string | null;
  rulesTo: string;
  decidedBefore: string[];
  decidedNow: string[];
}

export interface RecomputeReport {
  youths: number;
  rose: number;
  fell: number;
  moves: RecomputeMove[];
}

/** Recomputes all youths, or those computed before `olderThan`. */
export async function recomputeAllPictures(
  deps: ServiceDeps,
  options: { olderThan?: Date } = {},
): Promise<RecomputeReport> {
  const now = deps.clock();
  const report: RecomputeReport = { youths: 0, rose: 0, fell: 0, moves: [] };
  let after = "";
  for (;;) {
    const ids = await listYouthIdsForRecompute(
      deps.db,
      after,
      500,
      options.olderThan?.toISOString(),
    );
    if (ids.length === 0) break;
    for (const id of ids) {
      after = id;
      const r = await deps.db
        .transaction()
        .execute((trx) => recomputePicture(trx, deps, id, now, "recompute"));
      report.youths += 1;
      if (r.level !== r.previousLevel) {
        if (r.level > r.previousLevel) report.rose += 1;
        else report.fell += 1;
        if (report.moves.length < 1000)
          report.moves.push({
            youthId: id,
            from: r.previousLevel,
            to: r.level,
            rulesFrom: r.previousRulesVersion,
            rulesTo: r.rulesVersion,
            decidedBefore: r.decidedBefore,
            decidedNow: r.decidedNow,
          });
      }
    }
  }
  return report;
}
