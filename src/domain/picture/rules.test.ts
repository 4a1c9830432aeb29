/** The rule set is data with configurable thresholds, validated before use. */
import { describe, expect, it } from "vitest";
import { evaluatePicture } from "./evaluate.js";
import { RULES_V1 as DEFAULT_RULES } from "./default-rules.js";
import { buildRulesV1, RULE_IDS } from "./rules.js";
import { IND, input, signal } from "./testkit.js";
import type { RuleSet } from "./types.js";
import { validateRuleSet } from "./validate-rules.js";

describe("rule set v1", () => {
  it("is version v1 and valid", () => {
    expect(DEFAULT_RULES.version).toBe("v1");
    expect(validateRuleSet(DEFAULT_RULES)).toEqual([]);
  });

  it("has every rule of the issue, each once", () => {
    expect(DEFAULT_RULES.rules.map((r) => r.id).sort()).toEqual(Object.values(RULE_IDS).sort());
  });

  it("a deployment may widen the acute window; the version then says so", () => {
    const rules = buildRulesV1({ acuteWindowDays: 14 });
    expect(rules.version).toBe("v1+acuteWindowDays=14");
    const given = input({ signals: [signal(IND.threats, { daysAgo: 10 })] });
    expect(evaluatePicture(given, DEFAULT_RULES).level).toBe(1);
    expect(evaluatePicture(given, rules)).toMatchObject({ level: 4, rulesVersion: rules.version });
  });

  it("a deployment may ask for three professionals before cumulative concern becomes suspicion", () => {
    const given = input({
      signals: [signal(IND.sentToLocations), signal(IND.exhausted, { by: "teacher-1" })],
      vulnerabilities: [
        { factorId: "nearly-18", derived: true },
        { factorId: "many-moves", derived: true },
      ],
    });
    expect(evaluatePicture(given, DEFAULT_RULES).level).toBe(3);
    expect(
      evaluatePicture(given, buildRulesV1({ cumulativeObservers: 3 }, "v1-region-x")).level,
    ).toBe(2);
  });

  it("an explicit version wins, and undefined overrides are ignored", () => {
    expect(buildRulesV1({}, "v1-custom").version).toBe("v1-custom");
    expect(buildRulesV1({ acuteWindowDays: undefined })).toEqual(DEFAULT_RULES);
  });

  it("reports what is wrong with a broken rule set", () => {
    const broken: RuleSet = {
      version: "",
      longWindowDays: -1,
      ignoredVulnerabilities: [],
      rules: [
        { id: "a", kind: "any-signal", level: 1 },
        { id: "a", kind: "acute-indicator", level: 4, windowDays: 1.5 },
        {
          id: "c",
          kind: "ilo-element",
          level: 3,
          combinations: [{ strong: 0, medium: 0, weak: 0 }],
          notAloneCategories: [],
        },
        {
          id: "d",
          kind: "concern-vulnerabilities-observers",
          level: 3,
          concernLevel: 2,
          concernRules: ["nope"],
          minVulnerabilities: 2,
          minObservers: 2,
        },
      ],
    };
    expect(validateRuleSet(broken)).toEqual([
      "version must not be empty",
      "longWindowDays must be a whole number ≥ 0",
      "rule id a is used twice",
      "rule a: windowDays must be a whole number ≥ 0",
      "rule c: each combination needs whole numbers ≥ 0, not all 0",
      "rule d: concern rule nope does not exist",
    ]);
  });
});
