/**
 * GET /api/statistics/figures/{figureId}: one figure as a table — breakdown values as rows,
 * periods as columns, with the row and column totals that the cube published. Every cell comes
 * from `statistics_cells` as it was suppressed; nothing is added or subtracted here, so a total is
 * shown only where the cube shows it.
 */
import {
  latestStatisticsRun,
  listFigureCells,
} from "../../db/repositories/statistics.repository.js";
import type { StatisticsCellTable } from "../../db/statistics-schema.js";
import { FIGURES, type FigureId } from "../../domain/statistics/figures.js";
import {
  SUPPRESSED,
  type FigureQuery,
  type FigureTable,
  type StatCell,
} from "../../shared/statistics.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { breakdownRows, locationLabels } from "./statistics-labels.js";
import { scopedLocation, statisticsScope } from "./statistics-scope.js";
import { runView } from "./run-view.js";
import { notFound } from "../../domain/errors.js";

const HIDDEN: StatCell = { value: SUPPRESSED, subjects: SUPPRESSED, quartiles: null };

function cellView(row: StatisticsCellTable | undefined): StatCell {
  if (!row || row.suppressed === 1 || row.value === null || row.subjects === null) return HIDDEN;
  return {
    value: row.value,
    subjects: row.subjects,
    quartiles:
      row.q1 !== null && row.median !== null && row.q3 !== null
        ? { q1: row.q1, median: row.median, q3: row.q3 }
        : null,
  };
}

function monthsOf(quarter: string): string[] {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  return [1, 2, 3].map((i) => `${year}-${String((q - 1) * 3 + i).padStart(2, "0")}`);
}

export async function getFigure(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  figure: FigureId,
  query: FigureQuery,
): Promise<FigureTable> {
  const def = FIGURES[figure];
  const scope = await statisticsScope(deps, ctx.actor);
  const location = scopedLocation(scope, query.location);
  if (query.orgType.includes("Q") || location.includes("-Q")) throw notFound("figure");
  const [run, rows, labels] = await Promise.all([
    latestStatisticsRun(deps.db),
    listFigureCells(deps.db, figure, location, query.orgType),
    locationLabels(deps, query.lang),
  ]);
  const at = new Map(rows.map((r) => [`${r.period}|${r.breakdown}`, r]));
  const snapshot = def.kind === "snapshot";
  const periods = new Set(rows.map((r) => r.period));
  let columns: string[];
  let periodNode: string;
  let columnNode: (c: string) => string;
  if (snapshot) {
    columns = [...periods].sort();
    periodNode = "*";
    columnNode = (c) => c;
  } else if (query.period === "*") {
    columns = [...periods]
      .filter((p) => p.split("/").length === 2)
      .map((p) => p.slice(2))
      .sort();
    periodNode = "*";
    columnNode = (c) => `*/${c}`;
  } else {
    if (!/^\d{4}-Q[1-4]$/.test(query.period)) throw notFound("figure");
    columns = monthsOf(query.period);
    periodNode = `*/${query.period}`;
    columnNode = (c) => `*/${query.period}/${c}`;
  }
  const get = (period: string, breakdown: string) => cellView(at.get(`${period}|${breakdown}`));
  return {
    figure,
    run: runView(run),
    location: {
      node: location,
      label: labels.get(location) ?? location,
      depth: location.split("/").length - 1,
    },
    orgType: {
      node: query.orgType,
      label: query.orgType,
      depth: query.orgType.split("/").length - 1,
    },
    period: snapshot ? "*" : query.period,
    subject: def.subject,
    measure: def.measure ?? null,
    columns,
    hasTotalColumn: !snapshot,
    rows: breakdownRows(deps, figure, query.lang).map(({ breakdown, label }) => ({
      breakdown,
      label,
      cells: columns.map((c) => get(columnNode(c), `*/${breakdown}`)),
      total: snapshot ? null : get(periodNode, `*/${breakdown}`),
    })),
    totals: {
      cells: columns.map((c) => get(columnNode(c), "*")),
      total: snapshot ? null : get(periodNode, "*"),
    },
  };
}
