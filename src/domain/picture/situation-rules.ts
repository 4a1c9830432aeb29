/**
 * Rules that look at missing episodes, professionals' judgements, safety alerts and
 * vulnerabilities, and the two rules that build on the level other rules already gave.
 */
import { compareStrings, countDistinct, reasonFrom, type EvaluationContext } from "./context.js";
import { daysAgo, utcMs } from "./dates.js";
import {
  cumulativeText,
  missingNowText,
  recentMissingText,
  safetyAlertText,
  suspicionText,
} from "./reason-texts.js";
import type {
  ConcernVulnerabilitiesObserversRule,
  MissingNowRule,
  PictureJudgement,
  PictureReason,
  ProfessionalSuspicionRule,
  RecentMissingRule,
  SafetyAlertRule,
} from "./types.js";

type Evidence = PictureReason["evidence"];

/** Level 2: a missing episode going on at some time in the last N days. */
export function recentMissing(ctx: EvaluationContext, rule: RecentMissingRule): PictureReason[] {
  const hits = ctx.input.missingEpisodes.filter(
    (e) => e.endedAt === null || daysAgo(e.endedAt, ctx.nowDay) <= rule.windowDays,
  );
  if (hits.length === 0) return [];
  const ongoing = hits.some((e) => e.endedAt === null);
  const text = recentMissingText(countDistinct(hits.map((e) => e.id)), ongoing, rule.windowDays);
  const evidence: Evidence = hits.map((e) => ({ kind: "missing", id: e.id }));
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, [], evidence)];
}

function isLater(a: PictureJudgement, b: PictureJudgement): boolean {
  const diff = utcMs(a.recordedAt) - utcMs(b.recordedAt);
  if (diff !== 0 && !Number.isNaN(diff)) return diff > 0;
  const byText = compareStrings(a.recordedAt, b.recordedAt);
  if (byText !== 0) return byText > 0;
  // Same moment: decide by id, then let "suspicion" win (the safe side).
  const byId = compareStrings(a.id, b.id);
  return byId !== 0 ? byId > 0 : compareStrings(a.kind, b.kind) > 0;
}

/**
 * Level 3: a professional whose latest judgement is "suspicion", recorded in the last N days.
 * A later "no suspicion" by the same professional replaces their own earlier suspicion, never
 * someone else's.
 */
export function professionalSuspicion(
  ctx: EvaluationContext,
  rule: ProfessionalSuspicionRule,
): PictureReason[] {
  const latest = new Map<string, PictureJudgement>();
  for (const j of ctx.input.judgements) {
    const seen = latest.get(j.authorId);
    if (seen === undefined || isLater(j, seen)) latest.set(j.authorId, j);
  }
  const hits = [...latest.values()].filter(
    (j) => j.kind === "suspicion" && daysAgo(j.recordedAt, ctx.nowDay) <= rule.windowDays,
  );
  if (hits.length === 0) return [];
  const evidence: Evidence = hits.map((j) => ({ kind: "judgement", id: j.id }));
  return [
    reasonFrom(
      { rule: rule.id, level: rule.level, text: suspicionText(hits.length) },
      [],
      evidence,
    ),
  ];
}

/** Level 4: a safety check found danger now and it is not handled yet. */
export function safetyAlert(ctx: EvaluationContext, rule: SafetyAlertRule): PictureReason[] {
  const open = ctx.input.safetyAlerts.filter((a) => a.handledAt === null);
  if (open.length === 0) return [];
  const evidence: Evidence = open.map((a) => ({ kind: "safety", id: a.id }));
  const text = safetyAlertText(countDistinct(open.map((a) => a.id)));
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, [], evidence)];
}

/** Level 3: concern, plus several vulnerabilities, plus signals from several professionals. */
export function concernVulnerabilitiesObservers(
  ctx: EvaluationContext,
  rule: ConcernVulnerabilitiesObserversRule,
  given: readonly PictureReason[],
): PictureReason[] {
  const concern = given.some(
    (r) =>
      r.level >= rule.concernLevel &&
      r.rule !== rule.id &&
      (rule.concernRules.length === 0 || rule.concernRules.includes(r.rule)),
  );
  const factors = ctx.vulnerabilities;
  const observers = countDistinct(ctx.recent.map((d) => d.signal.observerId));
  if (!concern || factors.length < rule.minVulnerabilities || observers < rule.minObservers)
    return [];
  const evidence: Evidence = factors.map((id) => ({ kind: "vulnerability", id }));
  const text = cumulativeText(factors.length, observers);
  const signals = ctx.recent.map((d) => d.signal);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signals, evidence)];
}

/** Level 4: missing right now while other rules already give at least the rule's minimum level. */
export function missingNow(
  ctx: EvaluationContext,
  rule: MissingNowRule,
  given: readonly PictureReason[],
): PictureReason[] {
  const ongoing = ctx.input.missingEpisodes.filter((e) => e.endedAt === null);
  // Missing now never supports itself: v2's two missing-now rules must not lift each other.
  const missingNowRules = new Set(
    ctx.rules.rules.filter((r) => r.kind === "missing-now").map((r) => r.id),
  );
  const sameAs = new Set(rule.sameAsMissing ?? []);
  const citesOtherFact = (r: PictureReason) =>
    sameAs.size === 0 ||
    r.signalIds.length === 0 ||
    ctx.recent.some((d) => r.signalIds.includes(d.signal.id) && !sameAs.has(d.signal.indicatorId));
  const support = given.filter(
    (r) =>
      !missingNowRules.has(r.rule) &&
      r.level >= rule.minLevel &&
      (rule.supportRules === undefined || rule.supportRules.includes(r.rule)) &&
      citesOtherFact(r),
  );
  if (ongoing.length === 0 || support.length === 0) return [];
  const active = new Map(ctx.recent.map((d) => [d.signal.id, d.signal]));
  const signals = support.flatMap((r) => r.signalIds.flatMap((id) => active.get(id) ?? []));
  const evidence: Evidence = [
    ...ongoing.map((e) => ({ kind: "missing" as const, id: e.id })),
    ...support.flatMap((r) => r.evidence.filter((e) => e.kind !== "signal")),
  ];
  const text = missingNowText(rule.minLevel);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signals, evidence)];
}
