/**
 * One figure as a stacked bar chart per period (the shared StackedBarChart, ADR 0005). Cells
 * shown as "< 10" are left out of the drawing; the table below it has every number.
 * Loaded as its own chunk.
 */
import { useMemo } from "react";
import type { FigureTable } from "../../../../src/shared/statistics.schema";
import { StackedBarChart } from "../../components/StackedBarChart";

const COLOURS = [
  "#1d4f6e",
  "#b35c00",
  "#2f6b2f",
  "#7a3b8f",
  "#8a1f1f",
  "#36556b",
  "#6b5a00",
  "#444",
];

export function StatisticsChart({
  table,
  columnLabel,
  rowLabel,
  description,
}: {
  table: FigureTable;
  columnLabel: (c: string) => string;
  rowLabel: (r: FigureTable["rows"][number]) => string;
  description: string;
}) {
  const { labels, series } = useMemo(
    () => ({
      labels: table.columns.map(columnLabel),
      series: table.rows.map((r, i) => ({
        name: rowLabel(r),
        colour: COLOURS[i % COLOURS.length] ?? "#444",
        values: r.cells.map((c) => (typeof c.value === "number" ? c.value : null)),
      })),
    }),
    [table, columnLabel, rowLabel],
  );
  return (
    <StackedBarChart
      labels={labels}
      series={series}
      description={description}
      className="iz-statistics-chart"
    />
  );
}
