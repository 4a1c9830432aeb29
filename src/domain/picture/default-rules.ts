/**
 * The default picture rule set, and the rule set a stored version string names. v2 is the default
 * since issue 13 (ADR 0006); v1 stays for deployments that switch back and for comparison.
 */
import { buildRulesV1 } from "./rules.js";
import { buildRulesV2 } from "./rules-v2.js";
import type { RuleSet } from "./types.js";

/** The default rule set: v2 with its default thresholds. */
export const DEFAULT_RULES: RuleSet = buildRulesV2();

/** The default rule set of v1, for comparison and for deployments that choose it. */
export const RULES_V1: RuleSet = buildRulesV1();

/** The plain rule set of a base version ("v1" or "v2"). */
export function rulesForBase(base: "v1" | "v2"): RuleSet {
  return base === "v1" ? RULES_V1 : DEFAULT_RULES;
}
