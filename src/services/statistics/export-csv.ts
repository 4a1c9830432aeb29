/**
 * GET /api/statistics/export/csv: the export for the Nationaal Rapporteur / CoMensha as CSV —
 * the same cells as the screen, "< 10" where suppressed, with the metadata lines of every
 * statistics CSV (period, filters, suppression rule, rule-set and catalogue versions).
 */
import type { StatisticsExportQuery } from "../../shared/api/statistics-export.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { csvField } from "./figure-csv.js";
import { getStatisticsExport } from "./get-statistics-export.js";

export async function statisticsExportCsv(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  query: StatisticsExportQuery,
): Promise<{ filename: string; body: string }> {
  const x = await getStatisticsExport(deps, ctx, query);
  const nl = query.lang === "nl";
  const t = x.run?.threshold ?? 10;
  const meta = [
    `# InZicht — ${nl ? "export voor Nationaal Rapporteur / CoMensha (verzonden CoMensha-meldingen)" : "export for the Nationaal Rapporteur / CoMensha (sent CoMensha registrations)"}`,
    `# ${nl ? "berekend op" : "computed at"}: ${x.run?.computedAt ?? "-"}; ${nl ? "periode" : "period"}: ${x.run?.windowFrom.slice(0, 10) ?? "-"} ${nl ? "tot" : "to"} ${x.run?.computedAt.slice(0, 10) ?? "-"}`,
    `# ${nl ? "filters" : "filters"}: location=${x.location.label}`,
    `# ${nl ? "onderdrukking" : "suppression"}: ${nl ? `elke cel over minder dan ${t} jongeren is "< 10", ook aanvullend en tegen verschilberekening, ook samen met de cijfers over meldingen` : `every cell about fewer than ${t} youths is "< 10", complementary and against differencing, also combined with the report figures`}`,
    `# ${nl ? "regelset beeld" : "picture rule set"}: ${x.run?.rulesVersion ?? "-"}; ${nl ? "catalogus" : "catalogue"}: ${x.run?.catalogVersion ?? "-"}`,
    `# ${nl ? "indeling herkomstregio's" : "origin regions"}: ${x.grouping.version}; ${x.grouping.reviewed ? (nl ? "beoordeeld" : "reviewed") : nl ? "eigen ontwerp, nog niet beoordeeld" : "our own design, not yet reviewed"}; ${nl ? "leeftijdsgroepen: eigen ontwerp" : "age bands: our own design"}`,
  ];
  const header = ["form", "age_band", "gender", "origin_region", "registrations", "youths"];
  const lines = [
    header.map(csvField).join(","),
    ...x.cells.map((c) =>
      [c.form, c.ageBand, c.gender, c.originRegion, c.registrations, c.youths]
        .map(csvField)
        .join(","),
    ),
  ];
  return {
    filename: "inzicht-rapporteur-comensha.csv",
    body: [...meta, ...lines].join("\r\n") + "\r\n",
  };
}
