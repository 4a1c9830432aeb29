/**
 * The default picture rule set, version v1, as data. Thresholds are configurable per deployment
 * with `buildRulesV1(overrides)`; a changed rule set gets its own version string so a stored
 * picture always says which rules made it. Explained in docs/signal-combination.md.
 */
import type { Tier } from "../catalog/schema.js";
import type { PictureRule, RuleSet, TierCombination } from "./types.js";

/** The thresholds of rule set v1 that a deployment may change. */
export interface RulesV1Thresholds {
  /** Signals older than this many days still show but no longer raise the level. */
  longWindowDays: number;
  /** Vulnerability factors that never count (protected attributes such as orientation). */
  ignoredVulnerabilities: readonly string[];
  /** Level 2: this many distinct indicators… */
  concernIndicators: number;
  /** …from at least this many categories… */
  concernCategories: number;
  /** …observed at most this many days apart. */
  concernWindowDays: number;
  /** Level 2: signals from at least this many different professionals. */
  concernObservers: number;
  /** Level 2: a specific indicator (sexual/criminal/labour) of one of these tiers. */
  specificTiers: readonly Tier[];
  /** Level 2: a missing episode going on at some time in this many days. */
  missingWindowDays: number;
  /** Level 3: the ILO/EC element rule; each combination is a minimum per tier. */
  elementCombinations: readonly TierCombination[];
  /** Level 3: categories that alone never make the element positive (problem behaviour). */
  elementNotAloneCategories: readonly string[];
  /** Level 3: concern plus at least this many vulnerabilities… */
  cumulativeVulnerabilities: number;
  /** …plus signals from at least this many professionals. */
  cumulativeObservers: number;
  /** Level 3: a professional's suspicion counts for this many days. */
  suspicionWindowDays: number;
  /** Level 4: an acute indicator observed in this many days. */
  acuteWindowDays: number;
}

/** The ILO/EC rule (facts.md §1h): 2 strong, 1 strong + 1 medium/weak, 3 medium, 2 medium + 1 weak. */
export const ILO_ELEMENT_COMBINATIONS: readonly TierCombination[] = [
  { strong: 2, medium: 0, weak: 0 },
  { strong: 1, medium: 0, weak: 1 },
  { strong: 0, medium: 3, weak: 0 },
  { strong: 0, medium: 2, weak: 1 },
];

/** Default thresholds of rule set v1. */
export const RULES_V1_THRESHOLDS: Readonly<RulesV1Thresholds> = {
  longWindowDays: 365,
  ignoredVulnerabilities: ["sexual-orientation"],
  concernIndicators: 3,
  concernCategories: 2,
  concernWindowDays: 90,
  concernObservers: 2,
  specificTiers: ["strong", "medium"],
  missingWindowDays: 365,
  elementCombinations: ILO_ELEMENT_COMBINATIONS,
  elementNotAloneCategories: ["problem-behaviour"],
  cumulativeVulnerabilities: 2,
  cumulativeObservers: 2,
  suspicionWindowDays: 365,
  acuteWindowDays: 7,
};

/** Rule ids of v1, as they appear in `PictureReason.rule`. */
export const RULE_IDS = {
  anySignal: "any-signal",
  indicatorsAcrossCategories: "indicators-across-categories",
  severalObservers: "several-observers",
  specificIndicator: "specific-indicator",
  recentMissing: "recent-missing",
  iloElement: "ilo-element",
  concernVulnerabilitiesObservers: "concern-vulnerabilities-observers",
  professionalSuspicion: "professional-suspicion",
  acuteIndicator: "acute-indicator",
  missingNow: "missing-now",
  safetyAlert: "safety-alert",
  outsideLongWindow: "outside-long-window",
} as const;

function rulesFrom(t: RulesV1Thresholds): PictureRule[] {
  const id = RULE_IDS;
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
      id: id.severalObservers,
      kind: "several-observers",
      level: 2,
      minObservers: t.concernObservers,
    },
    { id: id.specificIndicator, kind: "specific-indicator", level: 2, tiers: t.specificTiers },
    { id: id.recentMissing, kind: "recent-missing", level: 2, windowDays: t.missingWindowDays },
    {
      id: id.iloElement,
      kind: "ilo-element",
      level: 3,
      combinations: t.elementCombinations,
      notAloneCategories: t.elementNotAloneCategories,
    },
    {
      id: id.concernVulnerabilitiesObservers,
      kind: "concern-vulnerabilities-observers",
      level: 3,
      concernLevel: 2,
      // Concern from what was seen, not only from who saw it: the observer count is its own condition.
      concernRules: [id.indicatorsAcrossCategories, id.specificIndicator, id.recentMissing],
      minVulnerabilities: t.cumulativeVulnerabilities,
      minObservers: t.cumulativeObservers,
    },
    {
      id: id.professionalSuspicion,
      kind: "professional-suspicion",
      level: 3,
      windowDays: t.suspicionWindowDays,
    },
    { id: id.acuteIndicator, kind: "acute-indicator", level: 4, windowDays: t.acuteWindowDays },
    { id: id.missingNow, kind: "missing-now", level: 4, minLevel: 3 },
    { id: id.safetyAlert, kind: "safety-alert", level: 4 },
  ];
}

/** The thresholds every rule set has; the rest are its own. */
type BaseThresholds = Pick<RulesV1Thresholds, "longWindowDays" | "ignoredVulnerabilities">;

/**
 * A rule set from its defaults and a deployment's overrides (undefined ones ignored). Without an
 * explicit `version`, a changed set is versioned `<base>+key=value,…` so stored pictures stay
 * traceable.
 */
export function buildRuleSet<T extends BaseThresholds>(
  base: string,
  defaults: Readonly<T>,
  rulesOf: (thresholds: T) => PictureRule[],
  overrides: Partial<T>,
  version: string | undefined,
  extra: Partial<Pick<RuleSet, "formPositive">> = {},
): RuleSet {
  const entries = Object.entries(overrides)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const thresholds: T = { ...defaults, ...Object.fromEntries(entries) };
  const label = entries.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(",");
  return {
    version: version ?? (label === "" ? base : `${base}+${label}`),
    longWindowDays: thresholds.longWindowDays,
    ignoredVulnerabilities: thresholds.ignoredVulnerabilities,
    rules: rulesOf(thresholds),
    ...extra,
  };
}

/** Builds rule set v1 with some thresholds changed (see buildRuleSet for the version). */
export function buildRulesV1(
  overrides: Partial<RulesV1Thresholds> = {},
  version?: string,
): RuleSet {
  return buildRuleSet("v1", RULES_V1_THRESHOLDS, rulesFrom, overrides, version);
}
