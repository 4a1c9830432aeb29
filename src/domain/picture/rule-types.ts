/**
 * The shape of a picture rule set. A rule set is data (see rules.ts): each rule has an id, the
 * level it gives, its kind and its thresholds. Deployments may change thresholds; every kind is
 * monotone, so adding a signal never lowers the level whatever the thresholds are.
 */
import type { IloElement, Tier } from "../catalog/schema.js";
import type { Level } from "./types.js";

/**
 * Minimum numbers of distinct indicators per tier. A slot may be filled by that tier or a
 * stronger one, so a stronger indicator never makes a combination fail.
 */
export interface TierCombination {
  strong: number;
  medium: number;
  weak: number;
}

interface RuleBase {
  /** Stable id, shown as `PictureReason.rule`. */
  id: string;
  /** The level this rule gives when it fires. */
  level: Level;
}

/** Any active signal in the long window. */
export interface AnySignalRule extends RuleBase {
  kind: "any-signal";
}
/** Several distinct indicators across several categories, at most `windowDays` apart. */
export interface IndicatorsAcrossCategoriesRule extends RuleBase {
  kind: "indicators-across-categories";
  minIndicators: number;
  minCategories: number;
  windowDays: number;
}
/** Signals from several different professionals. */
export interface SeveralObserversRule extends RuleBase {
  kind: "several-observers";
  minObservers: number;
}
/** An indicator specific to sexual, criminal or labour exploitation, of one of these tiers. */
export interface SpecificIndicatorRule extends RuleBase {
  kind: "specific-indicator";
  tiers: readonly Tier[];
}
/** A missing episode that was going on at some time in the last `windowDays`. */
export interface RecentMissingRule extends RuleBase {
  kind: "recent-missing";
  windowDays: number;
}
/** ILO/EC element rule, per specific type (facts.md §1h). */
export interface IloElementRule extends RuleBase {
  kind: "ilo-element";
  combinations: readonly TierCombination[];
  /**
   * Indicators in these categories count, but an element made only of them is not positive:
   * problem behaviour alone is not yet exploitation (the seed: "wanneer is het probleemgedrag,
   * wanneer criminele uitbuiting?").
   */
  notAloneCategories: readonly string[];
}
/** Concern (from `concernRules`) plus several vulnerabilities plus several observers. */
export interface ConcernVulnerabilitiesObserversRule extends RuleBase {
  kind: "concern-vulnerabilities-observers";
  concernLevel: Level;
  /** Rule ids that count as concern; empty means any other rule. */
  concernRules: readonly string[];
  minVulnerabilities: number;
  minObservers: number;
}
/** A professional's latest judgement is "suspicion", recorded in the last `windowDays`. */
export interface ProfessionalSuspicionRule extends RuleBase {
  kind: "professional-suspicion";
  windowDays: number;
}
/** An acute indicator observed in the last `windowDays`. */
export interface AcuteIndicatorRule extends RuleBase {
  kind: "acute-indicator";
  windowDays: number;
}
/**
 * Signals from several *independent* sources (v2). A professional counts only with something
 * they saw themselves; what the youth told counts once, however many professionals recorded it;
 * a third party's report counts as no observer.
 */
export interface IndependentObserversRule extends RuleBase {
  kind: "independent-observers";
  minObservers: number;
}
/** One signal of these tiers whose indicator states the exploitation itself (v2). */
export interface DescribesExploitationRule extends RuleBase {
  kind: "describes-exploitation";
  tiers: readonly Tier[];
}
/**
 * The ILO/EC combination rule per element (v2): the distinct indicators tagged with one of
 * `elements` make that element positive by a combination (facts.md §1h).
 */
export interface ElementPositiveRule extends RuleBase {
  kind: "element-positive";
  elements: readonly IloElement[];
  combinations: readonly TierCombination[];
  /** An element made only of indicators in these categories is not positive. */
  notAloneCategories: readonly string[];
}
/**
 * Act and purpose (v2): a recruitment signal and an exploitation signal, each of these tiers.
 * For a child the means are not required (Palermo art. 3(c), facts.md §1h).
 */
export interface ActAndPurposeRule extends RuleBase {
  kind: "act-and-purpose";
  actElements: readonly IloElement[];
  purposeElements: readonly IloElement[];
  tiers: readonly Tier[];
}
/**
 * Vulnerabilities as context (v2): concern that signals already show, plus several
 * vulnerabilities that count, plus several independent observers, plus at least one signal of
 * `pointingTiers` that points to exploitation (an ILO element, a specific form, or control).
 * Factors in `contextOnly` (what nearly every AMV has) and factors already recorded as a signal
 * never count; nor does `missingFactor` when a missing episode is recorded.
 */
export interface ConcernContextRule extends RuleBase {
  kind: "concern-context";
  concernRules: readonly string[];
  minVulnerabilities: number;
  minObservers: number;
  contextOnly: readonly string[];
  missingFactor: string;
  pointingTiers: readonly Tier[];
  /**
   * Signals in these categories never count as the one that points to exploitation: problem
   * behaviour needs its context first (the seed: "wanneer is het probleemgedrag, wanneer
   * criminele uitbuiting?").
   */
  notPointingCategories: readonly string[];
}
/**
 * Missing right now while another rule (other than a missing-now rule) already gives at least
 * `minLevel`.
 */
export interface MissingNowRule extends RuleBase {
  kind: "missing-now";
  minLevel: Level;
  /** Only reasons of these rules support it (v2: any signal); absent, any rule's reason. */
  supportRules?: readonly string[];
  /**
   * Signals of these indicators do not support it: they record the same fact as the episode
   * ("runs away"), so they add nothing to being missing now (v2).
   */
  sameAsMissing?: readonly string[];
}
/** A safety check found danger now and it is not handled yet. */
export interface SafetyAlertRule extends RuleBase {
  kind: "safety-alert";
}
/** Information only: signals older than the long window. Never raises the level. */
export interface OutsideLongWindowRule extends RuleBase {
  kind: "outside-long-window";
  level: 0;
}

/** One rule of a rule set. */
export type PictureRule =
  | AnySignalRule
  | IndicatorsAcrossCategoriesRule
  | SeveralObserversRule
  | SpecificIndicatorRule
  | RecentMissingRule
  | IloElementRule
  | ConcernVulnerabilitiesObserversRule
  | ProfessionalSuspicionRule
  | AcuteIndicatorRule
  | MissingNowRule
  | SafetyAlertRule
  | OutsideLongWindowRule
  | IndependentObserversRule
  | DescribesExploitationRule
  | ElementPositiveRule
  | ActAndPurposeRule
  | ConcernContextRule;

/** A versioned rule set: data, not code. */
export interface RuleSet {
  version: string;
  /** Signals older than this still show and count, but no longer raise the level. */
  longWindowDays: number;
  /**
   * Vulnerability factors that never count, because they are protected attributes (PRODUCT.md
   * principle 3: orientation never raises or lowers a level).
   */
  ignoredVulnerabilities: readonly string[];
  rules: readonly PictureRule[];
  /**
   * How a form of exploitation (sexual, criminal, labour) is marked positive. `shared` (v1): any
   * indicator of that form, also one that names several forms. `own-signal` (v2): only with at
   * least one signal specific to that form alone.
   */
  formPositive?: "shared" | "own-signal";
}
