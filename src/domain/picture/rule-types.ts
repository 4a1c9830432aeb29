/**
 * The shape of a picture rule set. A rule set is data (see rules.ts): each rule has an id, the
 * level it gives, its kind and its thresholds. Deployments may change thresholds; every kind is
 * monotone, so adding a signal never lowers the level whatever the thresholds are.
 */
import type { Tier } from "../catalog/schema.js";
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
/** Missing right now while another rule already gives at least `minLevel`. */
export interface MissingNowRule extends RuleBase {
  kind: "missing-now";
  minLevel: Level;
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
  | OutsideLongWindowRule;

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
}
