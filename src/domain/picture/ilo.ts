/**
 * The ILO/EC Delphi element rule (facts.md §1h), per specific type of exploitation. An element is
 * positive with 2 strong, or 1 strong + 1 medium/weak, or 3 medium, or 2 medium + 1 weak
 * distinct indicators. For children the "means" are not required, so one positive element is
 * enough for a suspicion. Control indicators (threats, violence, debts, a confiscated phone or
 * papers) count towards every type that has at least one specific indicator.
 */
import type { SpecificType, Tier } from "../catalog/schema.js";
import type { DatedSignal } from "./context.js";
import type { TierCombination } from "./types.js";

const TIER_RANK: Readonly<Record<Tier, number>> = { strong: 3, medium: 2, weak: 1 };

/** The signals that count for one type: its specific ones plus control ones; empty without a specific one. */
export function typePool(recent: readonly DatedSignal[], type: SpecificType): DatedSignal[] {
  const specific = recent.some((d) => d.signal.types.includes(type));
  if (!specific) return [];
  return recent.filter((d) => d.signal.types.includes(type) || d.signal.control);
}

/** Distinct indicators in a pool, each once with its strongest recorded tier. */
export function distinctIndicators(
  pool: readonly DatedSignal[],
): Map<string, { tier: Tier; control: boolean }> {
  const byIndicator = new Map<string, { tier: Tier; control: boolean }>();
  for (const { signal } of pool) {
    const seen = byIndicator.get(signal.indicatorId);
    const tier =
      seen === undefined || TIER_RANK[signal.tier] > TIER_RANK[seen.tier] ? signal.tier : seen.tier;
    byIndicator.set(signal.indicatorId, {
      tier,
      control: (seen?.control ?? false) || signal.control,
    });
  }
  return byIndicator;
}

/** How many distinct indicators of each tier. */
export function tierCounts(indicators: Map<string, { tier: Tier }>): Record<Tier, number> {
  const counts: Record<Tier, number> = { strong: 0, medium: 0, weak: 0 };
  for (const { tier } of indicators.values()) counts[tier] += 1;
  return counts;
}

/**
 * Whether counts meet a combination, where a slot may be filled by its tier or a stronger one:
 * strong ≥ S, strong + medium ≥ S + M, and all ≥ S + M + W.
 */
export function meetsCombination(
  counts: Record<Tier, number>,
  combination: TierCombination,
): boolean {
  const strongSpare = counts.strong - combination.strong;
  const mediumSpare = strongSpare + counts.medium - combination.medium;
  const weakSpare = mediumSpare + counts.weak - combination.weak;
  return strongSpare >= 0 && mediumSpare >= 0 && weakSpare >= 0;
}

/** Whether an element is positive under any of the combinations. */
export function elementPositive(
  counts: Record<Tier, number>,
  combinations: readonly TierCombination[],
): boolean {
  return combinations.some((c) => meetsCombination(counts, c));
}
