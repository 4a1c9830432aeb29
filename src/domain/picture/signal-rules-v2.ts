/**
 * The signal rules that rule set v2 adds: independent sources, an indicator that states the
 * exploitation itself, the ILO/EC element rule per element, and act + purpose. Each is monotone:
 * more signals never make it stop firing.
 */
import { SPECIFIC_TYPES, type IloElement, type SpecificType } from "../catalog/schema.js";
import { countDistinct, reasonFrom, type DatedSignal, type EvaluationContext } from "./context.js";
import { distinctIndicators, elementPositive, tierCounts } from "./ilo.js";
import {
  actAndPurposeText,
  describesExploitationText,
  elementText,
  independentObserversText,
} from "./reason-texts.js";
import type {
  ActAndPurposeRule,
  DescribesExploitationRule,
  ElementPositiveRule,
  IndependentObserversRule,
  PictureReason,
  PictureSignal,
} from "./types.js";

const signalsOf = (dated: readonly DatedSignal[]) => dated.map((d) => d.signal);

/**
 * The independent sources among signals: each professional with an own observation, and the
 * youth's own account once (however many professionals wrote it down). Third-party reports add
 * no source: they are hearsay until someone sees or hears it themselves.
 */
export function independentSources(dated: readonly DatedSignal[]): {
  sources: number;
  professionals: number;
  youthTold: boolean;
} {
  const professionals = countDistinct(
    dated.filter((d) => d.signal.source === "own_observation").map((d) => d.signal.observerId),
  );
  const youthTold = dated.some((d) => d.signal.source === "youth_told");
  return { sources: professionals + (youthTold ? 1 : 0), professionals, youthTold };
}

/** Level 2: signals from at least N independent sources. */
export function independentObservers(
  ctx: EvaluationContext,
  rule: IndependentObserversRule,
): PictureReason[] {
  const counted = ctx.recent.filter((d) => d.signal.source !== "third_party");
  const { sources, professionals, youthTold } = independentSources(counted);
  if (sources < rule.minObservers) return [];
  const cited = counted.filter(
    (d) => d.signal.source === "own_observation" || d.signal.source === "youth_told",
  );
  const text = independentObserversText(professionals, youthTold);
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(cited))];
}

/** The one specific form an indicator names, if it names exactly one. */
export function ownForm(signal: PictureSignal): SpecificType | undefined {
  const forms = SPECIFIC_TYPES.filter((t) => signal.types.includes(t));
  return forms.length === 1 ? forms[0] : undefined;
}

/** Level 3: one signal whose indicator states the exploitation itself, one reason per indicator. */
export function describesExploitation(
  ctx: EvaluationContext,
  rule: DescribesExploitationRule,
): PictureReason[] {
  const hits = ctx.recent.filter(
    (d) => d.signal.describesExploitation === true && rule.tiers.includes(d.signal.tier),
  );
  // One reason per indicator and the form it names (with a consistent catalogue: per indicator).
  const groups = new Map<string, DatedSignal[]>();
  for (const d of hits) {
    const key = `${d.signal.indicatorId}\u0000${ownForm(d.signal) ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const type = ownForm((group[0] as DatedSignal).signal);
    const text = describesExploitationText(type, Math.min(...group.map((d) => d.age)));
    return reasonFrom(
      { rule: rule.id, level: rule.level, text, ...(type ? { type } : {}) },
      signalsOf(group),
    );
  });
}

/** The signals of one element, unless they all sit in categories that never count alone. */
function elementPool(
  ctx: EvaluationContext,
  element: IloElement,
  notAlone: readonly string[],
): DatedSignal[] {
  const pool = ctx.recent.filter((d) => d.signal.iloElement === element);
  if (pool.every((d) => notAlone.includes(d.signal.category))) return [];
  return pool;
}

/** Level 3: the ILO/EC combination rule, per element (one reason per positive element). */
export function elementPositiveRule(
  ctx: EvaluationContext,
  rule: ElementPositiveRule,
): PictureReason[] {
  return rule.elements.flatMap((element) => {
    const pool = elementPool(ctx, element, rule.notAloneCategories);
    if (pool.length === 0) return [];
    const counts = tierCounts(distinctIndicators(pool));
    if (!elementPositive(counts, rule.combinations)) return [];
    const text = elementText(element, counts);
    return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf(pool))];
  });
}

/** Level 3: a recruitment signal (deception or coercion) and an exploitation signal. */
export function actAndPurpose(ctx: EvaluationContext, rule: ActAndPurposeRule): PictureReason[] {
  const weighed = ctx.recent.filter((d) => rule.tiers.includes(d.signal.tier));
  const act = weighed.filter(
    (d) => d.signal.iloElement !== undefined && rule.actElements.includes(d.signal.iloElement),
  );
  const purpose = weighed.filter(
    (d) => d.signal.iloElement !== undefined && rule.purposeElements.includes(d.signal.iloElement),
  );
  if (act.length === 0 || purpose.length === 0) return [];
  const text = actAndPurposeText(
    countDistinct(act.map((d) => d.signal.indicatorId)),
    countDistinct(purpose.map((d) => d.signal.indicatorId)),
  );
  return [reasonFrom({ rule: rule.id, level: rule.level, text }, signalsOf([...act, ...purpose]))];
}
