/** Kysely table types of the anonymous statistics (issue 23), added to `Database` in schema.ts. */

/** One computation of the statistics; the newest is what the figures show. */
export interface StatisticsRunTable {
  id: string;
  computed_at: string;
  window_from: string;
  threshold: number;
  rules_version: string;
  catalog_version: string;
  cells: number;
}

/** A published cell: coordinates as node paths (all is "*", then region, then organisation); value null when suppressed. */
export interface StatisticsCellTable {
  figure: string;
  location: string;
  org_type: string;
  period: string;
  breakdown: string;
  value: number | null;
  subjects: number | null;
  suppressed: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
}

/** A published cell of the export for the Rapporteur / CoMensha (migration 20261212050100). */
export interface StatisticsExportCellTable {
  location: string;
  form: string;
  age_band: string;
  gender: string;
  origin_region: string;
  value: number | null;
  subjects: number | null;
  suppressed: number;
}
