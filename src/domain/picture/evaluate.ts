/**
 * The picture (0+0+0=1): turns a youth's signals, vulnerabilities, missing episodes, judgements
 * and safety alerts into a level with its reasons. Pure and deterministic; the clock is `input.now`.
 */
import { SPECIFIC_TYPES, type SpecificType } from "../catalog/schema.js";
import {
  buildContext,
  compareStrings,
  countDistinct,
  distinctSorted,
  type EvaluationContext,
} from "./context.js";
import { typePool } from "./ilo.js";
import { levelLabel, suggestedStep } from "./labels.js";
import { concernContext } from "./context-rule.js";
import { DEFAULT_RULES } from "./default-rules.js";
import {
  acuteIndicator,
  anySignal,
  iloElement,
  indicatorsAcrossCategories,
  outsideLongWindow,
  severalObservers,
  specificIndicator,
} from "./signal-rules.js";
import {
  actAndPurpose,
  describesExploitation,
  elementPositiveRule,
  independentObservers,
  ownForm,
} from "./signal-rules-v2.js";
import {
  concernVulnerabilitiesObservers,
  missingNow,
  professionalSuspicion,
  recentMissing,
  safetyAlert,
} from "./situation-rules.js";
import type {
  Level,
  Picture,
  PictureInput,
  PictureReason,
  PictureRule,
  RuleSet,
  TypePicture,
} from "./types.js";

/** Rules that only read the input. */
function applyRule(ctx: EvaluationContext, rule: PictureRule): PictureReason[] {
  switch (rule.kind) {
    case "any-signal":
      return anySignal(ctx, rule);
    case "outside-long-window":
      return outsideLongWindow(ctx, rule);
    case "indicators-across-categories":
      return indicatorsAcrossCategories(ctx, rule);
    case "several-observers":
      return severalObservers(ctx, rule);
    case "specific-indicator":
      return specificIndicator(ctx, rule);
    case "ilo-element":
      return iloElement(ctx, rule);
    case "acute-indicator":
      return acuteIndicator(ctx, rule);
    case "recent-missing":
      return recentMissing(ctx, rule);
    case "professional-suspicion":
      return professionalSuspicion(ctx, rule);
    case "safety-alert":
      return safetyAlert(ctx, rule);
    case "independent-observers":
      return independentObservers(ctx, rule);
    case "describes-exploitation":
      return describesExploitation(ctx, rule);
    case "element-positive":
      return elementPositiveRule(ctx, rule);
    case "act-and-purpose":
      return actAndPurpose(ctx, rule);
    case "concern-vulnerabilities-observers":
    case "concern-context":
    case "missing-now":
      return [];
  }
}

/** Whether any of the named (signal-only) rules fires in a reduced context. */
function concernHolds(reduced: EvaluationContext, ruleIds: readonly string[]): boolean {
  return reduced.rules.rules.some(
    (r) => ruleIds.includes(r.id) && applyRule(reduced, r).length > 0,
  );
}

/** Rules that also read what the other rules gave. */
function applyDependentRule(
  ctx: EvaluationContext,
  rule: PictureRule,
  given: readonly PictureReason[],
): PictureReason[] {
  if (rule.kind === "concern-vulnerabilities-observers")
    return concernVulnerabilitiesObservers(ctx, rule, given);
  if (rule.kind === "concern-context") return concernContext(ctx, rule, given, concernHolds);
  if (rule.kind === "missing-now") return missingNow(ctx, rule, given);
  return [];
}

/**
 * Applies all rules. Dependent rules are re-applied to the reasons so far until their outcome no
 * longer changes (the least fixpoint): each only grows, a rule never rests on its own output,
 * and neither the order of the rules nor of the input matters.
 */
function applyRules(ctx: EvaluationContext): PictureReason[] {
  const base = ctx.rules.rules.flatMap((rule) => applyRule(ctx, rule));
  let derived: PictureReason[] = [];
  for (let round = 0; round <= ctx.rules.rules.length; round += 1) {
    const given = [...base, ...derived];
    const next = ctx.rules.rules.flatMap((rule) => applyDependentRule(ctx, rule, given));
    if (JSON.stringify(next) === JSON.stringify(derived)) break;
    derived = next;
  }
  return [...base, ...derived];
}

function maxLevel(levels: readonly Level[]): Level {
  return levels.reduce<Level>((max, level) => (level > max ? level : max), 0);
}

function compareIdLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const diff = compareStrings(a[i] ?? "", b[i] ?? "");
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** Level high to low, then rule id, then signal ids, then type, then other evidence. */
function compareReasons(a: PictureReason, b: PictureReason): number {
  return (
    b.level - a.level ||
    compareStrings(a.rule, b.rule) ||
    compareIdLists(a.signalIds, b.signalIds) ||
    compareStrings(a.type ?? "", b.type ?? "") ||
    compareIdLists(
      a.evidence.map((e) => `${e.kind}:${e.id}`),
      b.evidence.map((e) => `${e.kind}:${e.id}`),
    ) ||
    compareStrings(a.text.en, b.text.en)
  );
}

function typePicture(
  ctx: EvaluationContext,
  reasons: readonly PictureReason[],
  type: SpecificType,
): TypePicture {
  const pool = typePool(ctx.recent, type);
  const own = reasons.filter((r) => r.type === type);
  const level = maxLevel([pool.length > 0 ? 1 : 0, ...own.map((r) => r.level)]);
  const signalIds = distinctSorted(pool.map((d) => d.signal.id));
  if (ctx.rules.formPositive === "own-signal") {
    // v2: a form is positive only with a medium or strong signal of that form alone, while the
    // picture is a suspicion. Both only grow with more signals, so this stays monotone.
    const ownSignal = ctx.recent.some(
      (d) => ownForm(d.signal) === type && d.signal.tier !== "weak",
    );
    const positive = ownSignal && reasons.some((r) => r.level >= 3);
    return { level: positive ? (Math.max(level, 3) as Level) : level, positive, signalIds };
  }
  const iloRules = new Set(
    ctx.rules.rules.filter((r) => r.kind === "ilo-element").map((r) => r.id),
  );
  return { level, positive: own.some((r) => iloRules.has(r.rule)), signalIds };
}

function byTypeOf(
  ctx: EvaluationContext,
  reasons: readonly PictureReason[],
): Record<SpecificType, TypePicture> {
  const entries = SPECIFIC_TYPES.map((type) => [type, typePicture(ctx, reasons, type)] as const);
  return Object.fromEntries(entries) as Record<SpecificType, TypePicture>;
}

/**
 * Evaluates the picture of one youth: a level 0–4, the reasons (every one names its rule and the
 * signals it rests on), the picture per exploitation type, counts and a suggested next step.
 * Retracted signals are ignored entirely; signals older than the long window are counted but do
 * not raise the level.
 */
export function evaluatePicture(input: PictureInput, rules: RuleSet = DEFAULT_RULES): Picture {
  const ctx = buildContext(input, rules);
  const reasons = applyRules(ctx).sort(compareReasons);
  const level = maxLevel(reasons.map((r) => r.level));
  return {
    level,
    label: levelLabel(level),
    reasons,
    byType: byTypeOf(ctx, reasons),
    counts: {
      signals: ctx.active.length,
      indicators: countDistinct(ctx.active.map((s) => s.indicatorId)),
      categories: countDistinct(ctx.active.map((s) => s.category)),
      observers: countDistinct(ctx.active.map((s) => s.observerId)),
      organisations: countDistinct(ctx.active.map((s) => s.organisationId)),
    },
    suggestedStep: suggestedStep(level),
    rulesVersion: rules.version,
  };
}
