/**
 * A compact stacked bar chart of signals per month by category (ECharts, tree-shaken: core +
 * BarChart + Grid/Tooltip/Legend/Aria + SVGRenderer). Aria is on: the chart container is an
 * image with a description in the interface language, and decal patterns tell series apart
 * without colour. The table next to it (ChartTable) has the same numbers.
 * This module is loaded lazily, so ECharts never reaches the login chunk.
 */
import { BarChart, type BarSeriesOption } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from "echarts/components";
import { init, use, type ComposeOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

/** One series: a category with its name and colour. */
export interface ChartSeries {
  name: string;
  colour: string;
  values: number[];
}

/** The chart; `description` is the accessible name of the image (also in the table). */
export function TimelineChart({
  labels,
  series,
  description,
}: {
  labels: string[];
  series: ChartSeries[];
  description: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = init(el, null, { renderer: "svg" });
    const option: ChartOption = {
      animation: false,
      aria: { enabled: true, label: { description }, decal: { show: true } },
      grid: { left: 32, right: 12, top: 48, bottom: 28 },
      legend: { top: 0, type: "scroll" },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "category", data: labels },
      yAxis: { type: "value", minInterval: 1 },
      series: series.map((s) => ({
        type: "bar",
        name: s.name,
        stack: "signals",
        data: s.values,
        itemStyle: { color: s.colour },
      })),
    };
    chart.setOption(option);
    // The container is an image; its name is the description (ECharts writes aria-label).
    el.setAttribute("aria-label", description);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [labels, series, description]);
  return <div ref={ref} role="img" aria-label={description} className="iz-sig-chart" />;
}
