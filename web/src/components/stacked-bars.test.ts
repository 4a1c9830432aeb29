import { describe, expect, it } from "vitest";
import { layoutStackedBars, MARGIN, type ChartSeries } from "./stacked-bars";

const series = (values: (number | null)[][]): ChartSeries[] =>
  values.map((v, i) => ({ name: `s${i}`, colour: "#000000", values: v }));

describe("the stacked bar layout", () => {
  it("stacks series per label, bottom to top, with heights in proportion to the values", () => {
    const layout = layoutStackedBars(
      ["jan", "feb"],
      series([
        [1, 2],
        [3, 0],
      ]),
      400,
      200,
    );
    const jan = layout.bars.filter((b) => b.label === "jan");
    expect(jan.map((b) => [b.series, b.value])).toEqual([
      [0, 1],
      [1, 3],
    ]);
    const [first, second] = jan;
    if (!first || !second) throw new Error("expected two bars in January");
    // The second series sits on top of the first, and is three times as tall.
    expect(second.y + second.height).toBeCloseTo(first.y);
    expect(second.height).toBeCloseTo(first.height * 3);
    expect(first.y + first.height).toBeCloseTo(200 - MARGIN.bottom);
    // A zero draws nothing.
    expect(layout.bars.filter((b) => b.label === "feb").map((b) => b.series)).toEqual([0]);
  });

  it("keeps every bar inside the plot and gives whole-number ticks from 0", () => {
    const layout = layoutStackedBars(
      ["a", "b", "c"],
      series([
        [7, 1, 0],
        [4, 2, 9],
      ]),
      640,
      240,
    );
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right);
      expect(bar.y).toBeGreaterThanOrEqual(layout.plot.top - 1e-9);
      expect(bar.y + bar.height).toBeLessThanOrEqual(layout.plot.bottom + 1e-9);
    }
    const values = layout.yTicks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(11);
  });

  it("leaves out suppressed (null) values and draws an empty chart without dividing by zero", () => {
    const layout = layoutStackedBars(["a"], series([[null], [0]]), 640, 240);
    expect(layout.bars).toEqual([]);
    expect(layout.yTicks.every((t) => Number.isFinite(t.y))).toBe(true);
  });

  it("writes at most twelve month labels and always the latest", () => {
    const labels = Array.from({ length: 24 }, (_, i) => `m${i}`);
    const layout = layoutStackedBars(labels, series([labels.map(() => 1)]), 640, 240);
    expect(layout.xLabels.length).toBeLessThanOrEqual(12);
    expect(layout.xLabels.at(-1)?.label).toBe("m23");
    expect(layout.bars).toHaveLength(24);
  });
});
