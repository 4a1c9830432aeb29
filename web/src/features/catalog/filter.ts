/**
 * The signal list's filters (exploitation type, tier, acute) and their place in the URL, so a
 * filtered list can be shared and survives going back. Pure.
 */
import type {
  Category,
  ExploitationType,
  Indicator,
  Tier,
} from "../../../../src/domain/catalog/schema";

/** The exploitation types in display order (the domain's list; types only are imported). */
export const EXPLOITATION_TYPES = [
  "sexual",
  "criminal",
  "labour",
  "general",
] as const satisfies readonly ExploitationType[];
/** The tiers, strongest first. */
export const TIERS = ["strong", "medium", "weak"] as const satisfies readonly Tier[];

/** What the list shows: a search query and filters; empty sets mean "all". */
export interface SignalFilters {
  query: string;
  types: ExploitationType[];
  tiers: Tier[];
  acuteOnly: boolean;
}

/** No query and no filters. */
export const NO_FILTERS: SignalFilters = { query: "", types: [], tiers: [], acuteOnly: false };

const isType = (v: string): v is ExploitationType =>
  (EXPLOITATION_TYPES as readonly string[]).includes(v);
const isTier = (v: string): v is Tier => (TIERS as readonly string[]).includes(v);

/** Reads filters from URL search parameters (`q`, `type`, `tier`, `acute=1`); ignores junk. */
export function filtersFromParams(params: URLSearchParams): SignalFilters {
  return {
    query: (params.get("q") ?? "").slice(0, 200),
    types: EXPLOITATION_TYPES.filter((t) => params.getAll("type").includes(t)),
    tiers: TIERS.filter((t) => params.getAll("tier").includes(t)),
    acuteOnly: params.get("acute") === "1",
  };
}

/** Writes filters to URL search parameters (the inverse of `filtersFromParams`). */
export function filtersToParams(filters: SignalFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query.trim()) params.set("q", filters.query);
  filters.types.filter(isType).forEach((t) => params.append("type", t));
  filters.tiers.filter(isTier).forEach((t) => params.append("tier", t));
  if (filters.acuteOnly) params.set("acute", "1");
  return params;
}

/** True when the indicator passes the type, tier and acute filters. */
export function matchesFilters(indicator: Indicator, filters: SignalFilters): boolean {
  if (filters.types.length > 0 && !indicator.types.some((t) => filters.types.includes(t))) {
    return false;
  }
  if (filters.tiers.length > 0 && !filters.tiers.includes(indicator.tier)) return false;
  return !filters.acuteOnly || indicator.acute;
}

/** Adds or removes one value of a multi-choice filter. */
export function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/** One category with its indicators, in catalogue order. */
export interface CategoryGroup {
  category: Category;
  indicators: Indicator[];
}

/** Groups indicators by category in the categories' order; empty groups are left out. */
export function groupByCategory(
  indicators: readonly Indicator[],
  categories: readonly Category[],
): CategoryGroup[] {
  return [...categories]
    .sort((a, b) => a.order - b.order)
    .map((category) => ({
      category,
      indicators: indicators.filter((i) => i.category === category.id),
    }))
    .filter((g) => g.indicators.length > 0);
}
