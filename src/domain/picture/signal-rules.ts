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

/**
 * Level 2: at least N distinct indicators from at least M categories, at most W days apart.
 * Looks at every window that starts on a signal's day and cites the best one: the most distinct
 * indicators, then the most categories, then the most recent, then the tightest.
 */
export function indicatorsAcrossCategories(
  ctx: EvaluationContext,
  rule: IndicatorsAcrossCategoriesRule,
): PictureReason[] {
  let best: Window | undefined;
  for (const startAge of new Set(ctx.recent.map((d) => d.age))) {
    const signals = ctx.recent.filter(
      (d) => d.age <= startAge && d.age >= startAge - rule.windowDays,
    );
    const ages = signals.map((d) => d.age);
    const window: Window = {
      signals,
      indicators: countDistinct(signals.map((d) => d.signal.indicatorId)),
      categories: countDistinct(signals.map((d) => d.signal.category)),
      newestAge: Math.min(...ages),
      oldestAge: Math.max(...ages),
    };
    if (window.indicators < rule.minIndicators || window.categories < rule.minCategories) continue;
    if (isBetter(window, best)) best = window;
  }
  if (best === undefined) return [];
  const text = acrossCategoriesText(
    best.indicators,
    best.categories,
    observersOf(best.signals),
    best.oldestAge - best.newestAge,
  );
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(best.signals))];
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
