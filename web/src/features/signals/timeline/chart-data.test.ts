import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../../../src/shared/signal.schema";
import { buildChartData, monthRange } from "./chart-data";

const signal = (
  id: string,
  at: string,
  categories: string[],
  retracted = false,
): TimelineEvent => ({
  id,
  kind: "signal",
  at,
  actor: null,
  categories,
  types: [],
  indicatorIds: [],
  summary: { retracted },
});

describe("the signals-over-time chart data", () => {
  it("fills the months between the first and the last signal", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("counts active signals per month and category, in catalogue order", () => {
    const data = buildChartData(
      [
        signal("a", "2026-01-05", ["social"]),
        signal("b", "2026-03-10", ["criminal", "social"]),
        signal("c", "2026-03-11", ["criminal"], true),
        { ...signal("d", "2026-03-12", ["criminal"]), kind: "retraction" },
      ],
      ["flight-story", "social", "criminal"],
    );
    expect(data.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(data.categories).toEqual(["social", "criminal"]);
    expect(data.counts).toEqual([
      [1, 0, 1],
      [0, 0, 1],
    ]);
    expect(data.total).toBe(2);
  });

  it("is empty without signals", () => {
    expect(buildChartData([], [])).toEqual({ months: [], categories: [], counts: [], total: 0 });
  });
});
