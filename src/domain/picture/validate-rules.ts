/**
 * Checks a (deployment's) rule set before it is used: unique ids, sane thresholds, known
 * references. Returns the problems in plain English; an empty list means the set is usable.
 */
import { ILO_ELEMENTS, TIERS, type IloElement, type Tier } from "../catalog/schema.js";
import type { PictureRule, RuleSet } from "./types.js";

function tierListsOf(rule: PictureRule): (readonly Tier[])[] {
  switch (rule.kind) {
    case "specific-indicator":
    case "describes-exploitation":
    case "act-and-purpose":
      return [rule.tiers];
    case "concern-context":
      return [rule.pointingTiers];
    default:
      return [];
  }
}

function elementListsOf(rule: PictureRule): (readonly IloElement[])[] {
  if (rule.kind === "element-positive") return [rule.elements];
  if (rule.kind === "act-and-purpose") return [rule.actElements, rule.purposeElements];
  return [];
}

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
    case "independent-observers":
      return { minObservers: rule.minObservers };
    case "concern-context":
      return { minVulnerabilities: rule.minVulnerabilities, minObservers: rule.minObservers };
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
  for (const tiers of tierListsOf(rule))
    if (tiers.some((t) => !TIERS.includes(t))) problems.push(`rule ${rule.id}: unknown tier`);
  for (const elements of elementListsOf(rule)) {
    if (elements.length === 0) problems.push(`rule ${rule.id}: needs at least one element`);
    if (elements.some((e) => !ILO_ELEMENTS.includes(e)))
      problems.push(`rule ${rule.id}: unknown ILO element`);
  }
  if (rule.kind === "ilo-element" || rule.kind === "element-positive") {
    if (rule.combinations.length === 0)
      problems.push(`rule ${rule.id}: needs at least one combination`);
    for (const c of rule.combinations) {
      const values = [c.strong, c.medium, c.weak];
      if (!values.every(isCount) || values.every((v) => v === 0)) {
        problems.push(`rule ${rule.id}: each combination needs whole numbers ≥ 0, not all 0`);
      }
    }
  }
  if (rule.kind === "missing-now") {
    for (const ref of (rule.supportRules ?? []).filter((r) => !ids.has(r))) {
      problems.push(`rule ${rule.id}: support rule ${ref} does not exist`);
    }
  }
  if (rule.kind === "concern-vulnerabilities-observers" || rule.kind === "concern-context") {
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
