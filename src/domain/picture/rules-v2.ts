/**
 * Picture rule set v2, as data beside v1 (rules.ts). Calibrated on the vignettes in
 * content/calibration/ (issue 13): clear coercion or exploitation is a suspicion (3) however long
 * ago it happened within the long window, and what nearly every AMV lives with never lifts a
 * level by itself. Explained in docs/signal-combination.md; the choices in ADR 0006.
 */
import type { IloElement, Tier } from "../catalog/schema.js";
import { buildRuleSet, ILO_ELEMENT_COMBINATIONS, type RulesV1Thresholds } from "./rules.js";
import type { PictureRule, RuleSet } from "./types.js";

/**
 * The thresholds of rule set v2 that a deployment may change: v1's, without its cumulative rule,
 * plus v2's own (see RulesV1Thresholds for the shared ones).
 */
export interface RulesV2Thresholds extends Omit<
  RulesV1Thresholds,
  "cumulativeVulnerabilities" | "cumulativeObservers"
> {
  /** Level 3: one indicator of these tiers that states the exploitation itself. */
  describesTiers: readonly Tier[];
  /** Level 3: act and purpose, each with a signal of one of these tiers. */
  actTiers: readonly Tier[];
  /** Level 3: concern plus at least this many vulnerabilities that count… */
  contextVulnerabilities: number;
  /** …plus this many independent sources… */
  contextObservers: number;
  /** …where these factors (what nearly every AMV has) never count. */
  contextOnlyVulnerabilities: readonly string[];
}

/** The factor derived from missing episodes: the episode itself counts, the factor not again. */
export const MISSING_FACTOR = "missing-episodes";

/** Signals that record the same fact as a missing episode (content/catalog: missing-episodes). */
export const SAME_AS_MISSING: readonly string[] = [
  "behav.goes-missing",
  "flight.missing-soon-after-arrival",
];

/** Elements of coercion (recruitment and destination) and of the exploitation itself. */
export const COERCION_ELEMENTS: readonly IloElement[] = [
  "coercive-recruitment",
  "coercion-at-destination",
];
export const EXPLOITATION_ELEMENTS: readonly IloElement[] = ["exploitation"];
/** Recruitment by deception or coercion: the "act" of the Palermo definition. */
export const ACT_ELEMENTS: readonly IloElement[] = [
  "deceptive-recruitment",
  "coercive-recruitment",
];

/** Default thresholds of rule set v2. */
export const RULES_V2_THRESHOLDS: Readonly<RulesV2Thresholds> = {
  longWindowDays: 365,
  ignoredVulnerabilities: ["sexual-orientation"],
  concernIndicators: 3,
  concernCategories: 2,
  concernWindowDays: 90,
  concernObservers: 2,
  specificTiers: ["strong", "medium"],
  missingWindowDays: 365,
  describesTiers: ["strong"],
  elementCombinations: ILO_ELEMENT_COMBINATIONS,
  elementNotAloneCategories: ["problem-behaviour"],
  actTiers: ["strong", "medium"],
  contextVulnerabilities: 2,
  contextObservers: 2,
  contextOnlyVulnerabilities: [
    "reception-situation",
    "long-waiting",
    "no-privacy-structure",
    "unknown-language-customs",
    "unclear-future",
    "many-moves",
  ],
  suspicionWindowDays: 365,
  acuteWindowDays: 7,
};

/** Rule ids of v2, as they appear in `PictureReason.rule`. */
export const RULE_IDS_V2 = {
  outsideLongWindow: "outside-long-window",
  anySignal: "any-signal",
  indicatorsAcrossCategories: "indicators-across-categories",
  independentObservers: "independent-observers",
  specificIndicator: "specific-indicator",
  recentMissing: "recent-missing",
  describesExploitation: "describes-exploitation",
  coercionElement: "coercion-element",
  exploitationElement: "exploitation-element",
  actAndPurpose: "act-and-purpose",
  acuteEarlier: "acute-earlier",
  concernContext: "concern-context",
  professionalSuspicion: "professional-suspicion",
  missingNowSignals: "missing-now-signals",
  acuteIndicator: "acute-indicator",
  missingNow: "missing-now",
  safetyAlert: "safety-alert",
} as const;

function rulesFrom(t: RulesV2Thresholds): PictureRule[] {
  const id = RULE_IDS_V2;
  const element = (ruleId: string, elements: readonly IloElement[]): PictureRule => ({
    id: ruleId,
    kind: "element-positive",
    level: 3,
    elements,
    combinations: t.elementCombinations,
    notAloneCategories: t.elementNotAloneCategories,
  });
  return [
    { id: id.outsideLongWindow, kind: "outside-long-window", level: 0 },
    { id: id.anySignal, kind: "any-signal", level: 1 },
    {
      id: id.indicatorsAcrossCategories,
      kind: "indicators-across-categories",
      level: 2,
      minIndicators: t.concernIndicators,
      minCategories: t.concernCategories,
      windowDays: t.concernWindowDays,
    },
    {
      id: id.independentObservers,
      kind: "independent-observers",
      level: 2,
      minObservers: t.concernObservers,
    },
    { id: id.specificIndicator, kind: "specific-indicator", level: 2, tiers: t.specificTiers },
    { id: id.recentMissing, kind: "recent-missing", level: 2, windowDays: t.missingWindowDays },
    {
      id: id.describesExploitation,
      kind: "describes-exploitation",
      level: 3,
      tiers: t.describesTiers,
    },
    element(id.coercionElement, COERCION_ELEMENTS),
    element(id.exploitationElement, EXPLOITATION_ELEMENTS),
    {
      id: id.actAndPurpose,
      kind: "act-and-purpose",
      level: 3,
      actElements: ACT_ELEMENTS,
      purposeElements: EXPLOITATION_ELEMENTS,
      tiers: t.actTiers,
    },
    // An acute item never drops below a suspicion once its window has passed.
    { id: id.acuteEarlier, kind: "acute-indicator", level: 3, windowDays: t.longWindowDays },
    {
      id: id.concernContext,
      kind: "concern-context",
      level: 3,
      // Concern from what was seen, not only from who saw it.
      concernRules: [id.indicatorsAcrossCategories, id.specificIndicator, id.recentMissing],
      minVulnerabilities: t.contextVulnerabilities,
      minObservers: t.contextObservers,
      contextOnly: t.contextOnlyVulnerabilities,
      missingFactor: MISSING_FACTOR,
      pointingTiers: ["strong", "medium"],
      notPointingCategories: t.elementNotAloneCategories,
    },
    {
      id: id.professionalSuspicion,
      kind: "professional-suspicion",
      level: 3,
      windowDays: t.suspicionWindowDays,
    },
    // Missing now with any signal in the long window: at least a suspicion…
    {
      id: id.missingNowSignals,
      kind: "missing-now",
      level: 3,
      minLevel: 1,
      supportRules: [id.anySignal],
      sameAsMissing: SAME_AS_MISSING,
    },
    { id: id.acuteIndicator, kind: "acute-indicator", level: 4, windowDays: t.acuteWindowDays },
    // …and missing now while there already is a suspicion: acute.
    { id: id.missingNow, kind: "missing-now", level: 4, minLevel: 3 },
    { id: id.safetyAlert, kind: "safety-alert", level: 4 },
  ];
}

/** Builds rule set v2 with some thresholds changed (see buildRuleSet for the version). */
export function buildRulesV2(
  overrides: Partial<RulesV2Thresholds> = {},
  version?: string,
): RuleSet {
  return buildRuleSet("v2", RULES_V2_THRESHOLDS, rulesFrom, overrides, version, {
    formPositive: "own-signal",
  });
}
