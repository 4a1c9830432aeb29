/**
 * The data behind the "signals over time" chart and its table: per month, how many (active)
 * signals there were in each category. Pure, so it is tested without a browser.
 */
import type { TimelineEvent } from "../../../../../src/shared/signal.schema";

/** Counts per month (YYYY-MM) and category id. */
export interface ChartData {
  months: string[];
  categories: string[];
  /** counts[categoryIndex][monthIndex] */
  counts: number[][];
  total: number;
}

/** The month key of an ISO date or timestamp. */
export const monthOf = (at: string) => at.slice(0, 7);

/** The months from `first` to `last` inclusive (YYYY-MM). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * Builds the counts from timeline events: only signals that are not retracted; a signal with
 * signals in two categories counts once in each. At most the last `maxMonths` months.
 * `categoryOrder` gives the order of the categories (unknown ones go last).
 */
export function buildChartData(
  events: readonly TimelineEvent[],
  categoryOrder: readonly string[],
  maxMonths = 24,
): ChartData {
  const signals = events.filter((e) => e.kind === "signal" && e.summary.retracted !== true);
  if (signals.length === 0) return { months: [], categories: [], counts: [], total: 0 };
  const monthKeys = signals.map((e) => monthOf(e.at)).sort();
  const first = monthKeys[0] ?? "";
  const last = monthKeys[monthKeys.length - 1] ?? first;
  const months = monthRange(first, last).slice(-maxMonths);
  const present = new Set(signals.flatMap((e) => e.categories));
  const rank = (c: string) => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  const categories = [...present].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const counts = categories.map(() => months.map(() => 0));
  let total = 0;
  for (const e of signals) {
    const mi = months.indexOf(monthOf(e.at));
    if (mi === -1) continue;
    total += 1;
    for (const c of e.categories) {
      const row = counts[categories.indexOf(c)];
      if (row) row[mi] = (row[mi] ?? 0) + 1;
    }
  }
  return { months, categories, counts, total };
}
