import { describe, expect, it } from "vitest";
import type { Category, Indicator } from "../../../../src/domain/catalog/schema";
import {
  NO_FILTERS,
  filtersFromParams,
  filtersToParams,
  groupByCategory,
  matchesFilters,
  toggle,
} from "./filter";

const text = { nl: "x", en: "x" };
const indicator = (over: Partial<Indicator>): Indicator => ({
  id: "a.b",
  category: "criminal",
  types: ["criminal"],
  tier: "medium",
  acute: false,
  control: false,
  text,
  explanation: text,
  sources: ["s"],
  related: [],
  trainingModule: "m1",
  ...over,
});
const category = (id: string, order: number): Category => ({
  id,
  kind: "general",
  order,
  label: text,
  description: text,
  colour: "#000000",
});

describe("signal list filters", () => {
  it("no filters lets everything through", () => {
    expect(matchesFilters(indicator({}), NO_FILTERS)).toBe(true);
  });

  it.each([
    ["a matching type", { types: ["criminal" as const] }, true],
    ["another type", { types: ["labour" as const] }, false],
    ["one of several types", { types: ["labour" as const, "criminal" as const] }, true],
    ["a matching tier", { tiers: ["medium" as const] }, true],
    ["another tier", { tiers: ["strong" as const] }, false],
    ["acute only, for a signal that is not acute", { acuteOnly: true }, false],
  ])("%s", (_what, filters, expected) => {
    expect(matchesFilters(indicator({}), { ...NO_FILTERS, ...filters })).toBe(expected);
  });

  it("acute only keeps acute signals", () => {
    expect(matchesFilters(indicator({ acute: true }), { ...NO_FILTERS, acuteOnly: true })).toBe(
      true,
    );
  });

  it("filters survive a round trip through the URL", () => {
    const filters = {
      query: "stelen",
      types: ["sexual" as const, "criminal" as const],
      tiers: ["strong" as const],
      acuteOnly: true,
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it("unknown values in the URL are ignored", () => {
    const parsed = filtersFromParams(new URLSearchParams("type=evil&tier=huge&acute=yes"));
    expect(parsed).toEqual(NO_FILTERS);
  });

  it("toggle adds and removes a value", () => {
    expect(toggle(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a", false)).toEqual(["b"]);
  });

  it("groups follow the category order and skip empty categories", () => {
    const groups = groupByCategory(
      [indicator({ id: "x", category: "b" }), indicator({ id: "y", category: "a" })],
      [category("b", 2), category("a", 1), category("c", 3)],
    );
    expect(groups.map((g) => [g.category.id, g.indicators.map((i) => i.id)])).toEqual([
      ["a", ["y"]],
      ["b", ["x"]],
    ]);
  });
});
