/**
 * Vulnerabilities as context (rule set v2). They raise a concern that signals already show, never
 * on their own: the rule needs concern from what was seen, independent observers, and at least one
 * medium or strong signal that points to exploitation. What nearly every AMV lives with never
 * counts.
 *
 * Nothing counts twice. A factor that is also recorded as a signal (school absence, smuggler debt,
 * a missing episode…) is one fact: it may fill the vulnerability slot or stand as a signal, not
 * both. The rule fires when *some* such choice meets every condition. Choosing, rather than
 * dropping the factor, keeps the rule monotone: adding a signal or a vulnerability never makes it
 * stop firing (properties.test.ts).
 */
import { countDistinct, reasonFrom, type DatedSignal, type EvaluationContext } from "./context.js";
import { contextText } from "./reason-texts.js";
import { independentSources } from "./signal-rules-v2.js";
import type { ConcernContextRule, PictureReason, PictureSignal } from "./types.js";

type Evidence = PictureReason["evidence"];

/** Whether the concern rules hold in a (reduced) context; supplied by the evaluator. */
export type ConcernCheck = (reduced: EvaluationContext, ruleIds: readonly string[]) => boolean;

/** A signal that points to exploitation: it has an ILO element, a specific form, or is control. */
export function pointsToExploitation(signal: PictureSignal): boolean {
  return (
    signal.iloElement !== undefined || signal.control || signal.types.some((t) => t !== "general")
  );
}

/** A factor that is the same fact as something else recorded: its signals, its episodes. */
interface Overlap {
  factorId: string;
  signalIds: ReadonlySet<string>;
  episodes: boolean;
}

function splitFactors(
  ctx: EvaluationContext,
  rule: ConcernContextRule,
): { free: string[]; overlapping: Overlap[] } {
  const sameAs = new Map<string, Set<string>>();
  for (const v of ctx.input.vulnerabilities) {
    const set = sameAs.get(v.factorId) ?? new Set<string>();
    for (const id of v.sameAsIndicators ?? []) set.add(id);
    sameAs.set(v.factorId, set);
  }
  const free: string[] = [];
  const overlapping: Overlap[] = [];
  for (const factorId of ctx.vulnerabilities) {
    if (rule.contextOnly.includes(factorId)) continue;
    const indicators = sameAs.get(factorId) ?? new Set<string>();
    const signalIds = new Set(
      ctx.recent.filter((d) => indicators.has(d.signal.indicatorId)).map((d) => d.signal.id),
    );
    const episodes = factorId === rule.missingFactor && ctx.input.missingEpisodes.length > 0;
    if (signalIds.size === 0 && !episodes) free.push(factorId);
    else overlapping.push({ factorId, signalIds, episodes });
  }
  return { free, overlapping };
}

/** Every way to choose `k` of the items (in order). */
function choose<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...choose(rest, k - 1).map((c) => [first, ...c]), ...choose(rest, k)];
}

/** The context without the facts that now fill the vulnerability slot. */
function reduce(ctx: EvaluationContext, chosen: readonly Overlap[]): EvaluationContext {
  if (chosen.length === 0) return ctx;
  const gone = new Set(chosen.flatMap((o) => [...o.signalIds]));
  const noEpisodes = chosen.some((o) => o.episodes);
  return {
    ...ctx,
    recent: ctx.recent.filter((d) => !gone.has(d.signal.id)),
    input: noEpisodes ? { ...ctx.input, missingEpisodes: [] } : ctx.input,
  };
}

function pointingSignals(ctx: EvaluationContext, rule: ConcernContextRule): DatedSignal[] {
  return ctx.recent.filter(
    (d) =>
      rule.pointingTiers.includes(d.signal.tier) &&
      !rule.notPointingCategories.includes(d.signal.category) &&
      pointsToExploitation(d.signal),
  );
}

/** Level 3: concern + counted vulnerabilities + independent observers + a pointing signal. */
export function concernContext(
  ctx: EvaluationContext,
  rule: ConcernContextRule,
  given: readonly PictureReason[],
  concernHolds: ConcernCheck,
): PictureReason[] {
  // Cheap checks first: on the full context, every condition must already hold.
  if (!given.some((r) => r.rule !== rule.id && rule.concernRules.includes(r.rule))) return [];
  if (pointingSignals(ctx, rule).length === 0) return [];
  const { free, overlapping } = splitFactors(ctx, rule);
  if (free.length + overlapping.length < rule.minVulnerabilities) return [];
  // Choosing more overlapping facts as vulnerabilities only takes signals away, so the fewest
  // that reach the minimum is enough to try.
  const k = Math.max(0, rule.minVulnerabilities - free.length);
  for (const chosen of choose(overlapping, k)) {
    const reduced = reduce(ctx, chosen);
    const pointing = pointingSignals(reduced, rule);
    if (pointing.length === 0) continue;
    const { sources } = independentSources(reduced.recent);
    if (sources < rule.minObservers) continue;
    if (!concernHolds(reduced, rule.concernRules)) continue;
    const factors = [...free, ...chosen.map((o) => o.factorId)];
    const evidence: Evidence = factors.map((id) => ({ kind: "vulnerability", id }));
    const text = contextText(
      factors.length,
      sources,
      countDistinct(pointing.map((d) => d.signal.indicatorId)),
    );
    const signals = pointing.map((d) => d.signal);
    return [reasonFrom({ rule: rule.id, level: rule.level, text }, signals, evidence)];
  }
  return [];
}
