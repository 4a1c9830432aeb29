/**
 * "Signalen per maand": the lazily loaded chart plus its data table (in a disclosure), built
 * from the timeline's signal events and the catalogue's category names and colours.
 */
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TimelineEvent } from "../../../../../src/shared/signal.schema";
import { Heading3, Paragraph } from "../../../components/nlds";
import { lookupCatalog, useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { formatMonth } from "../format";
import { buildChartData } from "./chart-data";
import { ChartTable } from "./ChartTable";
import type { ChartSeries } from "../../../components/StackedBarChart";

const StackedBarChart = lazy(() =>
  import("../../../components/StackedBarChart").then((m) => ({ default: m.StackedBarChart })),
);

/** The chart section; nothing but a sentence when there are no signals. */
export function SignalsChart({
  events,
  catalog,
}: {
  events: TimelineEvent[];
  catalog: CatalogView;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const { labels, series, total } = useMemo(() => {
    const order = [...catalog.categories].sort((a, b) => a.order - b.order).map((c) => c.id);
    const data = buildChartData(events, order);
    const lookup = lookupCatalog(catalog);
    const s: ChartSeries[] = data.categories.map((id, i) => {
      const c = lookup.category(id);
      return {
        name: c?.label[lang] ?? id,
        colour: c?.colour ?? "#4d4d4d",
        values: data.counts[i] ?? [],
      };
    });
    return { labels: data.months.map(formatMonth), series: s, total: data.total };
  }, [events, catalog, lang]);
  const description =
    labels.length > 0
      ? t("signals.timeline.chartDescription", {
          count: total,
          from: labels[0],
          to: labels[labels.length - 1],
          categories: series.map((s) => s.name).join(", "),
        })
      : "";
  return (
    <section aria-labelledby="tl-chart" className="iz-sig-chart-section">
      <Heading3 id="tl-chart">{t("signals.timeline.chartTitle")}</Heading3>
      {labels.length === 0 ? (
        <Paragraph>{t("signals.timeline.chartEmpty")}</Paragraph>
      ) : (
        <>
          <Suspense fallback={<Paragraph>{t("common.loading")}</Paragraph>}>
            <StackedBarChart
              labels={labels}
              series={series}
              description={description}
              className="iz-sig-chart"
            />
          </Suspense>
          <details className="iz-sig-chart-details">
            <summary>{t("signals.timeline.showTable")}</summary>
            <ChartTable
              labels={labels}
              series={series}
              caption={t("signals.timeline.tableCaption")}
            />
          </details>
          <Paragraph className="iz-muted">{t("signals.timeline.chartNote")}</Paragraph>
        </>
      )}
    </section>
  );
}
