/**
 * The picture (0+0+0=1): explainable combination of soft signals into a level 0–4.
 * See docs/signal-combination.md for the rules in plain language.
 */
export { evaluatePicture } from "./evaluate.js";
export { buildRulesV1, ILO_ELEMENT_COMBINATIONS, RULE_IDS, RULES_V1_THRESHOLDS } from "./rules.js";
export type { RulesV1Thresholds } from "./rules.js";
export { buildRulesV2, RULE_IDS_V2, RULES_V2_THRESHOLDS } from "./rules-v2.js";
export type { RulesV2Thresholds } from "./rules-v2.js";
export { DEFAULT_RULES, RULES_V1, rulesForBase } from "./default-rules.js";
export {
  LEVEL_LABELS,
  levelLabel,
  SUGGESTED_STEPS,
  suggestedStep,
  TIER_NAMES,
  TYPE_NAMES,
} from "./labels.js";
export { pictureSummary, type PictureSummary } from "./summary.js";
export { validateRuleSet } from "./validate-rules.js";
export { indicatorFacts, type IndicatorFacts } from "./indicator-facts.js";
export type * from "./types.js";
