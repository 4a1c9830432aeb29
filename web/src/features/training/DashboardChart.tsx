/**
 * Trained professionals per month as a stacked bar chart (the shared StackedBarChart). The same
 * figures are in the table next to it. Loaded as its own chunk.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { StackedBarChart } from "../../components/StackedBarChart";
import type { DashboardView } from "../../../../src/shared/training-dashboard.schema";

/** Suppressed small numbers arrive as text ("< 10"); the chart leaves those bars out. */
const numeric = (v: number | string): number | null => (typeof v === "number" ? v : null);

/** The months chart; `description` is read by screen readers instead of the drawing. */
export function DashboardChart({
  months,
  description,
}: {
  months: DashboardView["months"];
  description: string;
}) {
  const { t, i18n } = useTranslation();
  const { labels, series } = useMemo(() => {
    const monthName = new Intl.DateTimeFormat(i18n.language, { month: "short" });
    return {
      labels: months.map((m) => monthName.format(new Date(`${m.month}-15T00:00:00Z`))),
      series: [
        {
          name: t("training.dashboard.classroom"),
          colour: "#1d4f6e",
          values: months.map((m) => numeric(m.classroom)),
        },
        {
          name: t("training.dashboard.programmeCompleted"),
          colour: "#b35c00",
          values: months.map((m) => numeric(m.programmeCompleted)),
        },
      ],
    };
  }, [months, t, i18n.language]);
  return (
    <StackedBarChart
      labels={labels}
      series={series}
      description={description}
      className="iz-training-chart"
    />
  );
}
