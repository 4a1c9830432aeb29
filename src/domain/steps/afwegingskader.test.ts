import { describe, expect, it } from "vitest";
import {
  followsSuggestion,
  suggestDecision,
  type WeighAnswers,
  type WeighOutcome,
  type WeighQuestion,
} from "./afwegingskader.js";

// The afwegingskader (Meldcode step 5) as an example table for domain review:
// answers → suggested outcome, the questions on the path, and the question still open.
const Y = "yes" as const;
const N = "no" as const;
const TABLE: [string, WeighAnswers, WeighOutcome, WeighQuestion[], WeighQuestion | null][] = [
  ["nothing answered", {}, "incomplete", [], "suspicion"],
  [
    "1 no: no suspicion → close and record",
    { suspicion: N },
    "close_no_suspicion",
    ["suspicion"],
    null,
  ],
  ["1 yes, 2 open", { suspicion: Y }, "incomplete", ["suspicion"], "unsafety"],
  [
    "2 yes: acute or structural unsafety → report to Veilig Thuis",
    { suspicion: Y, unsafety: Y },
    "report_veilig_thuis",
    ["suspicion", "unsafety"],
    null,
  ],
  [
    "3 no: cannot organise help → report",
    { suspicion: Y, unsafety: N, canOrganiseHelp: N },
    "report_veilig_thuis",
    ["suspicion", "unsafety", "canOrganiseHelp"],
    null,
  ],
  [
    "4 no: help not accepted → report",
    { suspicion: Y, unsafety: N, canOrganiseHelp: Y, helpAccepted: N },
    "report_veilig_thuis",
    ["suspicion", "unsafety", "canOrganiseHelp", "helpAccepted"],
    null,
  ],
  [
    "4 yes: organise help, question 5 while monitoring",
    { suspicion: Y, unsafety: N, canOrganiseHelp: Y, helpAccepted: Y },
    "organise_help",
    ["suspicion", "unsafety", "canOrganiseHelp", "helpAccepted"],
    "helpEffective",
  ],
  [
    "5 no: help does not work → report (again)",
    { suspicion: Y, unsafety: N, canOrganiseHelp: Y, helpAccepted: Y, helpEffective: N },
    "report_veilig_thuis",
    ["suspicion", "unsafety", "canOrganiseHelp", "helpAccepted", "helpEffective"],
    null,
  ],
  [
    "5 yes: close the help with monitoring agreements",
    { suspicion: Y, unsafety: N, canOrganiseHelp: Y, helpAccepted: Y, helpEffective: Y },
    "close_with_agreements",
    ["suspicion", "unsafety", "canOrganiseHelp", "helpAccepted", "helpEffective"],
    null,
  ],
  [
    "3 open after 2 no",
    { suspicion: Y, unsafety: N },
    "incomplete",
    ["suspicion", "unsafety"],
    "canOrganiseHelp",
  ],
];

describe("the afwegingskader suggests a decision from the five answers", () => {
  it.each(TABLE)("%s", (_name, answers, outcome, path, next) => {
    const s = suggestDecision(answers);
    expect(s.outcome).toBe(outcome);
    expect(s.path).toEqual(path);
    expect(s.nextQuestion).toBe(next);
  });

  it.each([
    [
      "no suspicion, later answers ignored",
      { suspicion: N, unsafety: Y, helpAccepted: N },
      "close_no_suspicion",
    ],
    [
      "unsafety decides, later answers ignored",
      { suspicion: Y, unsafety: Y, canOrganiseHelp: Y, helpAccepted: Y, helpEffective: Y },
      "report_veilig_thuis",
    ],
  ] as const)("answers after the end of the path do not matter: %s", (_n, answers, outcome) => {
    expect(suggestDecision(answers).outcome).toBe(outcome);
  });

  it.each([
    ["report_veilig_thuis", { suspicion: Y, unsafety: Y }, ["report_veilig_thuis"]],
    [
      "organise_help",
      { suspicion: Y, unsafety: N, canOrganiseHelp: Y, helpAccepted: Y },
      ["organise_help"],
    ],
    ["no_action", { suspicion: N }, ["no_action"]],
  ] as const)("the outcome suggests the decision %s", (_n, answers, decisions) => {
    expect(suggestDecision(answers).decisions).toEqual(decisions);
  });

  it("a suspicion also points to a CoMensha registration; no suspicion does not", () => {
    expect(suggestDecision({ suspicion: Y }).alsoConsider).toEqual(["register_comensha"]);
    expect(suggestDecision({ suspicion: N }).alsoConsider).toEqual([]);
  });

  it.each([
    [["report_veilig_thuis", "register_comensha"], true],
    [["organise_help"], false],
    [[], false],
  ] as const)("choosing %j after 'report' follows the suggestion: %s", (chosen, follows) => {
    const s = suggestDecision({ suspicion: Y, unsafety: Y });
    expect(followsSuggestion(s, chosen)).toBe(follows);
  });
});
