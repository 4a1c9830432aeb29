/**
 * Rules that look at signals only. Each returns the reasons it gives (none when it does not fire)
 * and is monotone: more signals never make it stop firing.
 */
import { SPECIFIC_TYPES } from "../catalog/schema.js";
import { countDistinct, reasonFrom, type DatedSignal, type EvaluationContext } from "./context.js";
import { distinctIndicators, elementPositive, tierCounts, typePool } from "./ilo.js";
import {
  acrossCategoriesText,
  acuteText,
  anySignalText,
  iloElementText,
  outsideLongWindowText,
  severalObserversText,
  specificIndicatorText,
} from "./reason-texts.js";
import type {
  AcuteIndicatorRule,
  AnySignalRule,
  IloElementRule,
  IndicatorsAcrossCategoriesRule,
  OutsideLongWindowRule,
  PictureReason,
  SeveralObserversRule,
  SpecificIndicatorRule,
} from "./types.js";

const signalsOf = (dated: readonly DatedSignal[]) => dated.map((d) => d.signal);
const observersOf = (dated: readonly DatedSignal[]) =>
  countDistinct(dated.map((d) => d.signal.observerId));

/** Level 1: any active signal inside the long window. */
export function anySignal(ctx: EvaluationContext, rule: AnySignalRule): PictureReason[] {
  if (ctx.recent.length === 0) return [];
  const text = anySignalText(ctx.recent.length, observersOf(ctx.recent), ctx.rules.longWindowDays);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(ctx.recent))];
}

/** Information only: active signals older than the long window. */
export function outsideLongWindow(
  ctx: EvaluationContext,
  rule: OutsideLongWindowRule,
): PictureReason[] {
  if (ctx.old.length === 0) return [];
  const text = outsideLongWindowText(ctx.old.length, ctx.rules.longWindowDays);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(ctx.old))];
}

interface Window {
  signals: DatedSignal[];
  indicators: number;
  categories: number;
  newestAge: number;
  oldestAge: number;
}

/** More distinct indicators, then more categories, then more recent, then tighter. */
function isBetter(a: Window, b: Window | undefined): boolean {
  if (b === undefined) return true;
  if (a.indicators !== b.indicators) return a.indicators > b.indicators;
  if (a.categories !== b.categories) return a.categories > b.categories;
  if (a.newestAge !== b.newestAge) return a.newestAge < b.newestAge;
  return a.oldestAge < b.oldestAge;
}

/** Counts of values in a sliding window. */
class WindowCounts {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  remove(key: string): void {
    const n = (this.counts.get(key) ?? 0) - 1;
    if (n <= 0) this.counts.delete(key);
    else this.counts.set(key, n);
  }
  get distinct(): number {
    return this.counts.size;
  }
}

/**
 * Level 2: at least N distinct indicators from at least M categories, at most W days apart.
 * Looks at every window that starts on a signal's day and cites the best one: the most distinct
 * indicators, then the most categories, then the most recent, then the tightest. One pass over
 * the signals sorted by age, with running counts (the rule rule set v2 re-checks most).
 */
export function indicatorsAcrossCategories(
  ctx: EvaluationContext,
  rule: IndicatorsAcrossCategoriesRule,
): PictureReason[] {
  const sorted = [...ctx.recent].sort((a, b) => a.age - b.age);
  const indicators = new WindowCounts();
  const categories = new WindowCounts();
  let best: (Window & { from: number; to: number }) | undefined;
  let from = 0;
  let to = 0;
  while (to < sorted.length) {
    const startAge = (sorted[to] as DatedSignal).age;
    // Take in every signal of this day, let go of those more than W days more recent.
    while (to < sorted.length && (sorted[to] as DatedSignal).age === startAge) {
      const d = sorted[to] as DatedSignal;
      indicators.add(d.signal.indicatorId);
      categories.add(d.signal.category);
      to += 1;
    }
    while ((sorted[from] as DatedSignal).age < startAge - rule.windowDays) {
      const d = sorted[from] as DatedSignal;
      indicators.remove(d.signal.indicatorId);
      categories.remove(d.signal.category);
      from += 1;
    }
    if (indicators.distinct < rule.minIndicators || categories.distinct < rule.minCategories)
      continue;
    const window = {
      signals: [],
      indicators: indicators.distinct,
      categories: categories.distinct,
      newestAge: (sorted[from] as DatedSignal).age,
      oldestAge: startAge,
      from,
      to,
    };
    if (isBetter(window, best)) best = window;
  }
  if (best === undefined) return [];
  const signals = sorted.slice(best.from, best.to);
  const text = acrossCategoriesText(
    best.indicators,
    best.categories,
    observersOf(signals),
    best.oldestAge - best.newestAge,
  );
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(signals))];
}

/** Level 2: signals from at least N different professionals. */
export function severalObservers(
  ctx: EvaluationContext,
  rule: SeveralObserversRule,
): PictureReason[] {
  const observers = observersOf(ctx.recent);
  if (observers < rule.minObservers) return [];
  const organisations = countDistinct(ctx.recent.map((d) => d.signal.organisationId));
  const text = severalObserversText(observers, organisations);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(ctx.recent))];
}

/** Level 2, per type: an indicator specific to that type, of one of the rule's tiers. */
export function specificIndicator(
  ctx: EvaluationContext,
  rule: SpecificIndicatorRule,
): PictureReason[] {
  return SPECIFIC_TYPES.flatMap((type) => {
    const hits = ctx.recent.filter(
      (d) => d.signal.types.includes(type) && rule.tiers.includes(d.signal.tier),
    );
    if (hits.length === 0) return [];
    const text = specificIndicatorText(
      countDistinct(hits.map((d) => d.signal.indicatorId)),
      type,
      rule.tiers,
    );
    return [reasonFrom({ rule: rule.id, level: rule.level, type, text }, signalsOf(hits))];
  });
}

/** Level 3, per type: the ILO/EC element rule over specific plus control indicators. */
export function iloElement(ctx: EvaluationContext, rule: IloElementRule): PictureReason[] {
  return SPECIFIC_TYPES.flatMap((type) => {
    const pool = typePool(ctx.recent, type);
    if (pool.length === 0) return [];
    const indicators = distinctIndicators(pool);
    const counts = tierCounts(indicators);
    if (!elementPositive(counts, rule.combinations)) return [];
    if (pool.every((d) => rule.notAloneCategories.includes(d.signal.category))) return [];
    const control = [...indicators.values()].filter((i) => i.control).length;
    const text = iloElementText(type, counts, control);
    return [reasonFrom({ rule: rule.id, level: rule.level, type, text }, signalsOf(pool))];
  });
}

/** Level 4: an acute indicator observed in the last N days. */
export function acuteIndicator(ctx: EvaluationContext, rule: AcuteIndicatorRule): PictureReason[] {
  const hits = ctx.recent.filter((d) => d.signal.acute && d.age <= rule.windowDays);
  if (hits.length === 0) return [];
  const text = acuteText(countDistinct(hits.map((d) => d.signal.id)), rule.windowDays, rule.level);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(hits))];
}
