/** The chart's numbers as a table: one row per month, one column per category. */
import { useTranslation } from "react-i18next";
import { Table } from "../../../components/nlds";
import type { ChartSeries } from "../../../components/StackedBarChart";

/** The data table alternative of the chart. */
export function ChartTable({
  labels,
  series,
  caption,
}: {
  labels: string[];
  series: ChartSeries[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <Table className="iz-sig-chart-table">
      <caption className="utrecht-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.timeline.month")}
          </th>
          {series.map((s) => (
            <th key={s.name} scope="col" className="utrecht-table__header-cell">
              <span
                className="iz-sig-swatch"
                aria-hidden="true"
                style={{ backgroundColor: s.colour }}
              />
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {labels.map((label, i) => (
          <tr key={label} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {label}
            </th>
            {series.map((s) => (
              <td key={s.name} className="utrecht-table__cell utrecht-table__cell--numeric-column">
                {s.values[i] ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
