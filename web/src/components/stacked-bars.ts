/**
 * The geometry of a stacked bar chart, as plain data: bars, y ticks and which x labels to show.
 * d3-scale does the scales and "nice" ticks, d3-shape the stacking; StackedBarChart draws the
 * result as SVG. Pure, so it is unit-tested without a browser.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";

/** One series: its name, colour and a value per label (null: not shown, e.g. suppressed). */
export interface ChartSeries {
  name: string;
  colour: string;
  values: (number | null)[];
}

export interface Bar {
  series: number;
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  yTicks: { value: number; y: number }[];
  xLabels: { label: string; x: number }[];
}

/** Room for the axis labels around the plot area, in SVG units. */
export const MARGIN = { top: 8, right: 8, bottom: 24, left: 36 };

/** Bars stay slim when there are only a few months. */
const MAX_BAR_WIDTH = 56;

/** At most this many month labels are written under the axis; the rest are skipped evenly. */
const MAX_X_LABELS = 12;

/** Lays out `series` stacked per label in a `width` × `height` box. */
export function layoutStackedBars(
  labels: readonly string[],
  series: readonly ChartSeries[],
  width: number,
  height: number,
): ChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
  const rows = labels.map((_, i) => series.map((s) => Math.max(0, s.values[i] ?? 0)));
  const stacked = stack<number[], number>()
    .keys(series.map((_, i) => i))
    .value((row, key) => row[key] ?? 0)(rows);
  const max = Math.max(1, ...rows.map((row) => row.reduce((a, v) => a + v, 0)));
  const x = scaleBand<number>()
    .domain(labels.map((_, i) => i))
    .range([plot.left, plot.right])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const y = scaleLinear().domain([0, max]).nice(4).range([plot.bottom, plot.top]);

  const barWidth = Math.min(x.bandwidth(), MAX_BAR_WIDTH);
  const barX = (i: number) => (x(i) ?? 0) + (x.bandwidth() - barWidth) / 2;
  const bars: Bar[] = [];
  stacked.forEach((layer, s) => {
    layer.forEach(([low, high], i) => {
      if (high <= low) return;
      const top = y(high);
      bars.push({
        series: s,
        label: labels[i] ?? "",
        value: high - low,
        x: barX(i),
        y: top,
        width: barWidth,
        height: y(low) - top,
      });
    });
  });
  const step = Math.ceil(labels.length / MAX_X_LABELS);
  return {
    width,
    height,
    plot,
    bars,
    yTicks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, y: y(value) })),
    xLabels: labels
      .map((label, i) => ({ label, x: (x(i) ?? 0) + x.bandwidth() / 2, i }))
      .filter(({ i }) => (labels.length - 1 - i) % step === 0)
      .map(({ label, x: at }) => ({ label, x: at })),
  };
}
