import type { StatisticsRunTable } from "../../db/statistics-schema.js";

/** The metadata of a computation as the API shows it. */
export function runView(run: StatisticsRunTable | undefined) {
  return run
    ? {
        computedAt: run.computed_at,
        windowFrom: run.window_from,
        threshold: run.threshold,
        rulesVersion: run.rules_version,
        catalogVersion: run.catalog_version,
      }
    : null;
}
