/**
 * Checks a (deployment's) rule set before it is used: unique ids, sane thresholds, known
 * references. Returns the problems in plain English; an empty list means the set is usable.
 */
import { TIERS } from "../catalog/schema.js";
import type { PictureRule, RuleSet } from "./types.js";

const isCount = (value: number) => Number.isInteger(value) && value >= 0;

function numbersOf(rule: PictureRule): Record<string, number> {
  switch (rule.kind) {
    case "indicators-across-categories":
      return {
        minIndicators: rule.minIndicators,
        minCategories: rule.minCategories,
        windowDays: rule.windowDays,
      };
    case "several-observers":
      return { minObservers: rule.minObservers };
    case "recent-missing":
    case "professional-suspicion":
    case "acute-indicator":
      return { windowDays: rule.windowDays };
    case "concern-vulnerabilities-observers":
      return { minVulnerabilities: rule.minVulnerabilities, minObservers: rule.minObservers };
    default:
      return {};
  }
}

function ruleProblems(rule: PictureRule, ids: ReadonlySet<string>): string[] {
  const problems = Object.entries(numbersOf(rule))
    .filter(([, value]) => !isCount(value))
    .map(([name]) => `rule ${rule.id}: ${name} must be a whole number ≥ 0`);
  const level: number = rule.level;
  if (![0, 1, 2, 3, 4].includes(level)) problems.push(`rule ${rule.id}: level must be 0–4`);
  if (rule.kind === "outside-long-window" && level !== 0) {
    problems.push(`rule ${rule.id}: outside-long-window is information only and must have level 0`);
  }
  if (rule.kind === "specific-indicator" && rule.tiers.some((t) => !TIERS.includes(t))) {
    problems.push(`rule ${rule.id}: unknown tier`);
  }
  if (rule.kind === "ilo-element") {
    if (rule.combinations.length === 0)
      problems.push(`rule ${rule.id}: needs at least one combination`);
    for (const c of rule.combinations) {
      const values = [c.strong, c.medium, c.weak];
      if (!values.every(isCount) || values.every((v) => v === 0)) {
        problems.push(`rule ${rule.id}: each combination needs whole numbers ≥ 0, not all 0`);
      }
    }
  }
  if (rule.kind === "concern-vulnerabilities-observers") {
    for (const ref of rule.concernRules.filter((r) => !ids.has(r))) {
      problems.push(`rule ${rule.id}: concern rule ${ref} does not exist`);
    }
  }
  return problems;
}

/** Lists what is wrong with a rule set; empty when it is fine. */
export function validateRuleSet(rules: RuleSet): string[] {
  const problems: string[] = [];
  if (rules.version.trim() === "") problems.push("version must not be empty");
  if (!isCount(rules.longWindowDays)) problems.push("longWindowDays must be a whole number ≥ 0");
  const ids = new Set<string>();
  for (const rule of rules.rules) {
    if (rule.id.trim() === "") problems.push("every rule needs an id");
    if (ids.has(rule.id)) problems.push(`rule id ${rule.id} is used twice`);
    ids.add(rule.id);
  }
  return [...problems, ...rules.rules.flatMap((rule) => ruleProblems(rule, ids))];
}
