/**
 * GET /api/statistics/figures/{figureId}/csv: the same table as the screen, with the same
 * suppression, and its metadata (period, filters, suppression rule, rule-set and catalogue
 * versions) as leading comment lines.
 */
import type { FigureId } from "../../domain/statistics/figures.js";
import type { FigureQuery, StatCell } from "../../shared/statistics.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { getFigure } from "./get-figure.js";

/** One CSV field, always quoted, with spreadsheet formulas neutralised. */
export function csvField(v: string | number): string {
  const s = String(v);
  // Quote always; neutralise spreadsheet formulas (a label could start with = + - @).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

const shown = (c: StatCell | null) => (c === null ? "" : c.value);

export async function figureCsv(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  figure: FigureId,
  query: FigureQuery,
): Promise<{ filename: string; body: string }> {
  const t = await getFigure(deps, ctx, figure, query);
  const nl = query.lang === "nl";
  const meta = [
    `# InZicht — ${nl ? "anonieme cijfers" : "anonymous statistics"}: ${figure}`,
    `# ${nl ? "berekend op" : "computed at"}: ${t.run?.computedAt ?? "-"}; ${nl ? "vanaf" : "from"} ${t.run?.windowFrom.slice(0, 10) ?? "-"}`,
    `# ${nl ? "filters" : "filters"}: location=${t.location.label}; orgType=${t.orgType.node}; period=${t.period}`,
    `# ${nl ? "onderdrukking" : "suppression"}: ${nl ? `elke cel over minder dan ${t.run?.threshold ?? 10} ${t.subject === "youth" ? "jongeren" : "professionals"} is "< 10", ook aanvullend en tegen verschilberekening` : `every cell about fewer than ${t.run?.threshold ?? 10} ${t.subject === "youth" ? "youths" : "professionals"} is "< 10", complementary and against differencing`}`,
    `# ${nl ? "regelset beeld" : "picture rule set"}: ${t.run?.rulesVersion ?? "-"}; ${nl ? "catalogus" : "catalogue"}: ${t.run?.catalogVersion ?? "-"}`,
  ];
  const header = ["breakdown", ...t.columns, ...(t.hasTotalColumn ? ["total"] : [])];
  const lines = [
    header.map(csvField).join(","),
    ...t.rows.map((r) =>
      [r.label ?? r.breakdown, ...r.cells.map(shown), ...(t.hasTotalColumn ? [shown(r.total)] : [])]
        .map(csvField)
        .join(","),
    ),
    [
      nl ? "totaal" : "total",
      ...t.totals.cells.map(shown),
      ...(t.hasTotalColumn ? [shown(t.totals.total)] : []),
    ]
      .map(csvField)
      .join(","),
  ];
  return { filename: `inzicht-${figure}.csv`, body: [...meta, ...lines].join("\r\n") + "\r\n" };
}
