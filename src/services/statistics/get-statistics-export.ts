/**
 * GET /api/statistics/export: the export for the Nationaal Rapporteur / CoMensha of one area, as
 * the last computation published it (`statistics_export_cells`, suppression applied). Scope as
 * for every figure: a researcher the country, a team lead their own organisation (404 outside).
 */
import {
  latestStatisticsRun,
  listExportCells,
} from "../../db/repositories/statistics.repository.js";
import type { StatisticsExportCellTable } from "../../db/statistics-schema.js";
import { AGE_BANDS, EXPORT_FORMS, EXPORT_GENDERS } from "../../domain/statistics/export.js";
import {
  type StatisticsExport,
  type StatisticsExportCell,
  type StatisticsExportQuery,
} from "../../shared/api/statistics-export.js";
import { SUPPRESSED } from "../../shared/statistics.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { loadOriginRegions } from "./origin-regions.js";
import { runView } from "./run-view.js";
import { locationLabels } from "./statistics-labels.js";
import { scopedLocation, statisticsScope } from "./statistics-scope.js";

// A node "*" + "/" + value becomes the value; "*" stays "*".
const leaf = (node: string) => (node === "*" ? "*" : node.slice(2));

function cellView(row: StatisticsExportCellTable): StatisticsExportCell {
  const hidden = row.suppressed === 1 || row.value === null || row.subjects === null;
  return {
    form: leaf(row.form) as StatisticsExportCell["form"],
    ageBand: leaf(row.age_band) as StatisticsExportCell["ageBand"],
    gender: leaf(row.gender) as StatisticsExportCell["gender"],
    originRegion: leaf(row.origin_region),
    registrations: hidden ? SUPPRESSED : (row.value ?? 0),
    youths: hidden ? SUPPRESSED : (row.subjects ?? 0),
  };
}

export async function getStatisticsExport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  query: StatisticsExportQuery,
): Promise<StatisticsExport> {
  const scope = await statisticsScope(deps, ctx.actor);
  const location = scopedLocation(scope, query.location);
  const [run, rows, labels] = await Promise.all([
    latestStatisticsRun(deps.db),
    listExportCells(deps.db, location),
    locationLabels(deps, query.lang),
  ]);
  const regions = loadOriginRegions();
  const label = new Map(regions.content.regions.map((r) => [r.id, r.label[query.lang]]));
  const order = (v: string, list: readonly string[]) => (v === "*" ? -1 : list.indexOf(v));
  const cells = rows
    .map(cellView)
    .sort(
      (a, b) =>
        order(a.form, EXPORT_FORMS) - order(b.form, EXPORT_FORMS) ||
        order(a.ageBand, AGE_BANDS) - order(b.ageBand, AGE_BANDS) ||
        order(a.gender, EXPORT_GENDERS) - order(b.gender, EXPORT_GENDERS) ||
        order(a.originRegion, regions.ids) - order(b.originRegion, regions.ids),
    );
  return {
    run: runView(run),
    location: {
      node: location,
      label: labels.get(location) ?? location,
      depth: location.split("/").length - 1,
    },
    forms: [...EXPORT_FORMS],
    ageBands: [...AGE_BANDS],
    genders: [...EXPORT_GENDERS],
    originRegions: regions.ids.map((id) => ({
      id,
      label: label.get(id) ?? (query.lang === "nl" ? "Onbekend" : "Unknown"),
    })),
    grouping: {
      version: regions.content.version,
      reviewed: regions.content.reviewed,
      note: regions.content.note,
    },
    cells,
  };
}
