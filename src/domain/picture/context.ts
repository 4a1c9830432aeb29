/**
 * The prepared view of one input that every rule reads: active signals with their age, split
 * into those inside and outside the long window. Retracted signals are dropped here, first, so
 * a retracted signal has exactly the effect of one never recorded.
 */
import { daysAgo, utcDay, utcMs } from "./dates.js";
import type { PictureInput, PictureReason, PictureSignal, RuleSet } from "./types.js";

/** A signal with its age in whole days (0 = today). */
export interface DatedSignal {
  signal: PictureSignal;
  age: number;
}

/** What the rules look at. */
export interface EvaluationContext {
  input: PictureInput;
  rules: RuleSet;
  nowDay: number;
  nowMs: number;
  /** Every active (not retracted) signal, of any age. */
  active: readonly PictureSignal[];
  /** Active signals inside the long window: only these raise the level. */
  recent: readonly DatedSignal[];
  /** Active signals older than the long window: shown and counted, never raising the level. */
  old: readonly DatedSignal[];
  /** Distinct vulnerability factors that may count, sorted (ignored ones left out). */
  vulnerabilities: readonly string[];
}

/** Builds the context for one evaluation. */
export function buildContext(input: PictureInput, rules: RuleSet): EvaluationContext {
  const nowDay = utcDay(input.now);
  const active = input.signals.filter((s) => !s.retracted);
  const dated = active.map((signal) => ({ signal, age: daysAgo(signal.observedAt, nowDay) }));
  return {
    input,
    rules,
    nowDay,
    nowMs: utcMs(input.now),
    active,
    recent: dated.filter((d) => d.age <= rules.longWindowDays),
    old: dated.filter((d) => d.age > rules.longWindowDays),
    vulnerabilities: distinctSorted(
      input.vulnerabilities
        .map((v) => v.factorId)
        .filter((id) => !rules.ignoredVulnerabilities.includes(id)),
    ),
  };
}

/** Plain code-unit comparison: the same everywhere, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct values, sorted. */
export function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Number of distinct values. */
export function countDistinct(values: Iterable<string>): number {
  return new Set(values).size;
}

/** Builds a reason that rests on signals (and possibly other evidence). */
export function reasonFrom(
  base: Pick<PictureReason, "rule" | "level" | "text"> & Partial<Pick<PictureReason, "type">>,
  signals: readonly PictureSignal[],
  other: PictureReason["evidence"] = [],
): PictureReason {
  const signalIds = distinctSorted(signals.map((s) => s.id));
  const evidence = [
    ...signalIds.map((id) => ({ kind: "signal" as const, id })),
    ...distinctEvidence(other),
  ];
  const reason: PictureReason = {
    rule: base.rule,
    level: base.level,
    text: base.text,
    signalIds,
    evidence,
  };
  if (base.type !== undefined) reason.type = base.type;
  return reason;
}

function distinctEvidence(evidence: PictureReason["evidence"]): PictureReason["evidence"] {
  const keyed = new Map(evidence.map((e) => [`${e.kind}\u0000${e.id}`, e]));
  return [...keyed.keys()].sort(compareStrings).flatMap((key) => {
    const item = keyed.get(key);
    return item === undefined ? [] : [{ kind: item.kind, id: item.id }];
  });
}
