/**
 * /statistics: anonymous figures (issue 23) as a chart with a data table and a CSV download.
 * Every number comes from the server already suppressed: a cell about fewer than 10 youths (or
 * professionals) shows "< 10", and so does any cell that would let someone work one out.
 */
import { lazy, Suspense, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FigureTable, StatCell } from "../../../../src/shared/statistics.schema";
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  Table,
} from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { hasRole, useSession } from "../../lib/session";
import {
  figureQueryString,
  useComputeStatistics,
  useFigure,
  useStatisticsOverview,
  useStatsLang,
  type FigureFilter,
} from "./statistics-api";
import { ExportSection } from "./ExportSection";
import "./statistics-i18n";
import "./statistics.css";

const StatisticsChart = lazy(() =>
  import("./StatisticsChart").then((m) => ({ default: m.StatisticsChart })),
);

const ALLOWED = ["researcher", "team_lead", "care_coordinator", "privacy_officer", "system_admin"];

export function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t("statistics.title"));
  const { data: session } = useSession();
  const allowed = hasRole(session, ...ALLOWED);
  const overview = useStatisticsOverview();
  const [figure, setFigure] = useState("signals-by-category");
  const [filter, setFilter] = useState<FigureFilter>({ location: "*", orgType: "*", period: "*" });
  const table = useFigure(figure, filter, allowed && Boolean(overview.data?.run));
  const compute = useComputeStatistics();
  const lang = useStatsLang();

  if (!allowed)
    return (
      <>
        <Heading1>{t("statistics.title")}</Heading1>
        <Alert type="info">
          <Paragraph>{t("statistics.noAccess")}</Paragraph>
        </Alert>
      </>
    );

  const view = overview.data;
  return (
    <>
      <Heading1>{t("statistics.title")}</Heading1>
      <Paragraph lead>{t(`statistics.intro.${view?.scope ?? "all"}`)}</Paragraph>
      <Paragraph>{t("statistics.suppression")}</Paragraph>
      {overview.isPending && <p role="status">{t("common.loading")}</p>}
      {overview.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {view && (
        <>
          {view.run ? (
            <Paragraph>
              {t("statistics.run", {
                at: new Date(view.run.computedAt).toLocaleString(lang),
                from: new Date(view.run.windowFrom).toLocaleDateString(lang),
                rules: view.run.rulesVersion,
                catalog: view.run.catalogVersion,
              })}
            </Paragraph>
          ) : (
            <Alert type="info">
              <Paragraph>{t("statistics.noRun")}</Paragraph>
            </Alert>
          )}
          {hasRole(session, "system_admin") && (
            <div className="iz-statistics-compute">
              <Button
                appearance="secondary-action-button"
                onClick={() => compute.mutate()}
                disabled={compute.isPending}
              >
                {t("statistics.compute")}
              </Button>
              <p role="status">
                {compute.isPending
                  ? t("statistics.computing")
                  : compute.isSuccess
                    ? t("statistics.computed", { count: compute.data.cells })
                    : ""}
              </p>
            </div>
          )}
          {view.run && (
            <form className="iz-statistics-filters" onSubmit={(e) => e.preventDefault()}>
              <FormField>
                <FormLabel htmlFor="stat-figure">{t("statistics.filter.figure")}</FormLabel>
                <Select id="stat-figure" value={figure} onChange={(e) => setFigure(e.target.value)}>
                  {view.figures.map((f) => (
                    <option key={f.id} value={f.id}>
                      {t(`statistics.figure.${f.id}.title`)}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField>
                <FormLabel htmlFor="stat-location">{t("statistics.filter.location")}</FormLabel>
                <Select
                  id="stat-location"
                  value={filter.location}
                  onChange={(e) => setFilter({ ...filter, location: e.target.value })}
                >
                  {view.locations.map((l) => (
                    <option key={l.node} value={l.node}>
                      {"\u2003".repeat(Math.max(0, l.depth - (view.locations[0]?.depth ?? 0)))}
                      {l.label}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField>
                <FormLabel htmlFor="stat-type">{t("statistics.filter.orgType")}</FormLabel>
                <Select
                  id="stat-type"
                  value={filter.orgType}
                  onChange={(e) => setFilter({ ...filter, orgType: e.target.value })}
                >
                  {view.orgTypes.map((o) => (
                    <option key={o.node} value={o.node}>
                      {t(`statistics.orgType.${o.node === "*" ? "all" : o.node.slice(2)}`, {
                        defaultValue: o.node.slice(2),
                      })}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField>
                <FormLabel htmlFor="stat-period">{t("statistics.filter.period")}</FormLabel>
                <Select
                  id="stat-period"
                  value={filter.period}
                  onChange={(e) => setFilter({ ...filter, period: e.target.value })}
                >
                  <option value="*">{t("statistics.filter.allQuarters")}</option>
                  {view.quarters.map((q) => (
                    <option key={q} value={q}>
                      {quarterLabel(t, q)}
                    </option>
                  ))}
                </Select>
              </FormField>
            </form>
          )}
          {table.isError && (
            <Alert type="error" role="alert">
              <Paragraph>{t("common.loadError")}</Paragraph>
            </Alert>
          )}
          {table.data && (
            <FigureSection
              table={table.data}
              csvHref={`/api/statistics/figures/${figure}/csv?${figureQueryString(filter, lang)}`}
            />
          )}
          {view.run && <ExportSection location={filter.location} />}
        </>
      )}
    </>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

function quarterLabel(t: T, q: string): string {
  return t("statistics.quarter", { year: q.slice(0, 4), q: q.slice(6) });
}

function FigureSection({ table, csvHref }: { table: FigureTable; csvHref: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columnLabel = useCallback(
    (c: string) =>
      /^\d{4}-Q\d$/.test(c)
        ? quarterLabel(t, c)
        : new Intl.DateTimeFormat(lang, { month: "short", year: "numeric" }).format(
            new Date(`${c}-15T00:00:00Z`),
          ),
    [t, lang],
  );
  const rowLabel = useCallback(
    (r: FigureTable["rows"][number]) =>
      r.label ?? t(`statistics.figure.${table.figure}.values.${r.breakdown}`),
    [t, table.figure],
  );
  const unit = table.measure ? t(`statistics.unit.${table.measure}`) : "";
  const show = (c: StatCell | null, withMeasure = false) => {
    if (!c) return "–";
    const n = typeof c.value === "number" ? c.value.toLocaleString(lang) : c.value;
    if (!withMeasure || !c.quartiles) return n;
    return t("statistics.quartiles", {
      n,
      median: c.quartiles.median.toLocaleString(lang),
      q1: c.quartiles.q1.toLocaleString(lang),
      q3: c.quartiles.q3.toLocaleString(lang),
      unit,
    });
  };
  const title = t(`statistics.figure.${table.figure}.title`);
  return (
    <section aria-labelledby="stat-figure-title" className="iz-statistics-section">
      <Heading2 id="stat-figure-title">{title}</Heading2>
      <Paragraph>{t(`statistics.figure.${table.figure}.about`)}</Paragraph>
      <Paragraph>
        {t("statistics.filters", {
          location: table.location.label,
          orgType: t(
            `statistics.orgType.${table.orgType.node === "*" ? "all" : table.orgType.node.slice(2)}`,
            {
              defaultValue: table.orgType.node,
            },
          ),
        })}
      </Paragraph>
      <figure className="iz-statistics-figure">
        <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
          <StatisticsChart
            table={table}
            columnLabel={columnLabel}
            rowLabel={rowLabel}
            description={t("statistics.chartDescription", { title })}
          />
        </Suspense>
        <figcaption>{t("statistics.chartCaption")}</figcaption>
      </figure>
      <Table>
        <caption className="utrecht-table__caption">{title}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t("statistics.table.breakdown")}
            </th>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="utrecht-table__header-cell">
                {columnLabel(c)}
              </th>
            ))}
            {table.hasTotalColumn && (
              <th scope="col" className="utrecht-table__header-cell">
                {t("statistics.table.total")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {[
            ...table.rows,
            { breakdown: "*", label: t("statistics.table.total"), ...table.totals },
          ].map((r) => (
            <tr key={r.breakdown} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {r.breakdown === "*" ? t("statistics.table.total") : rowLabel(r)}
              </th>
              {r.cells.map((c, i) => (
                <td
                  key={table.columns[i]}
                  className="utrecht-table__cell utrecht-table__cell--numeric"
                >
                  {show(c)}
                </td>
              ))}
              {table.hasTotalColumn && (
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  {show(r.total, true)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      <Paragraph>
        <a href={csvHref} download>
          {t("statistics.csv")}
        </a>
      </Paragraph>
    </section>
  );
}
