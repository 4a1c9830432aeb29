/**
 * Trained professionals per month as a stacked bar chart: echarts (tree-shaken `echarts/core`,
 * SVG renderer) with `aria.enabled`, so the chart has role="img" and a description. The same
 * figures are in the table next to it. Loaded as its own chunk.
 */
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BarChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { DashboardView } from "../../../../src/shared/training-dashboard.schema";

echarts.use([
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

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
  const el = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: "svg" });
    const monthName = new Intl.DateTimeFormat(i18n.language, { month: "short" });
    chart.setOption({
      aria: { enabled: true, label: { description }, decal: { show: true } },
      animation: false,
      textStyle: { fontFamily: "inherit", color: "#1f2328" },
      tooltip: { trigger: "axis" },
      legend: { top: 0, textStyle: { color: "#1f2328" } },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: {
        type: "category",
        data: months.map((m) => monthName.format(new Date(`${m.month}-15T00:00:00Z`))),
        axisLabel: { color: "#1f2328" },
      },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: "#1f2328" } },
      series: [
        {
          name: t("training.dashboard.classroom"),
          type: "bar",
          stack: "trained",
          itemStyle: { color: "#1d4f6e" },
          data: months.map((m) => numeric(m.classroom)),
        },
        {
          name: t("training.dashboard.programmeCompleted"),
          type: "bar",
          stack: "trained",
          itemStyle: { color: "#b35c00" },
          data: months.map((m) => numeric(m.programmeCompleted)),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [months, description, t, i18n.language]);

  return <div ref={el} className="iz-training-chart" />;
}
