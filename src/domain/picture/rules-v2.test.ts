/** Rule set v2 is data with configurable thresholds, validated before use, and the default. */
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, rulesForBase, RULES_V1 } from "./default-rules.js";
import { evaluatePicture } from "./evaluate.js";
import { buildRulesV2, RULE_IDS_V2 } from "./rules-v2.js";
import { IND, input, missing, signal } from "./testkit.js";
import type { RuleSet } from "./types.js";
import { validateRuleSet } from "./validate-rules.js";

describe("rule set v2", () => {
  it("is the default, version v2, and valid", () => {
    expect(DEFAULT_RULES.version).toBe("v2");
    expect(rulesForBase("v2")).toBe(DEFAULT_RULES);
    expect(rulesForBase("v1")).toBe(RULES_V1);
    expect(validateRuleSet(DEFAULT_RULES)).toEqual([]);
  });

  it("has every rule once", () => {
    expect(DEFAULT_RULES.rules.map((r) => r.id).sort()).toEqual(Object.values(RULE_IDS_V2).sort());
  });

  it("a deployment may widen the acute window; the version then says so", () => {
    const rules = buildRulesV2({ acuteWindowDays: 14 });
    expect(rules.version).toBe("v2+acuteWindowDays=14");
    const given = input({ signals: [signal(IND.threats, { daysAgo: 10 })] });
    expect(evaluatePicture(given).level).toBe(3);
    expect(evaluatePicture(given, rules)).toMatchObject({ level: 4, rulesVersion: rules.version });
  });

  it("missing now with one soft signal is a suspicion; with a suspicion it is acute", () => {
    const soft = input({
      signals: [signal(IND.exhausted, { daysAgo: 20 })],
      missingEpisodes: [missing("m1", 0.1, null)],
    });
    expect(evaluatePicture(soft).level).toBe(3);
    expect(evaluatePicture(soft, RULES_V1).level).toBe(2);
    const suspicion = input({
      signals: [signal(IND.forcedTheft, { daysAgo: 30 })],
      missingEpisodes: [missing("m1", 0.1, null)],
    });
    expect(evaluatePicture(suspicion).level).toBe(4);
    // Missing now without any signal stays what the episode itself gives: concern.
    expect(evaluatePicture(input({ missingEpisodes: [missing("m1", 0.1, null)] })).level).toBe(2);
  });

  it("reports unknown elements and tiers in a deployment's rule set", () => {
    const broken: RuleSet = {
      version: "v2-broken",
      longWindowDays: 365,
      ignoredVulnerabilities: [],
      rules: [
        {
          id: "e",
          kind: "element-positive",
          level: 3,
          elements: [],
          combinations: [{ strong: 1, medium: 0, weak: 0 }],
          notAloneCategories: [],
        },
        {
          id: "a",
          kind: "act-and-purpose",
          level: 3,
          actElements: ["nope" as never],
          purposeElements: ["exploitation"],
          tiers: ["heavy" as never],
        },
      ],
    };
    expect(validateRuleSet(broken)).toEqual([
      "rule e: needs at least one element",
      "rule a: unknown tier",
      "rule a: unknown ILO element",
    ]);
  });
});
