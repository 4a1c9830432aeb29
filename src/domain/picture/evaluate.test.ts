/**
 * Worked examples of the picture, rule set v1, for review by domain experts. Each row: what was
 * recorded, the level the picture gives, the exploitation types for which the ILO/EC element
 * rule is met, and rules that must be among the reasons. "Today" is 15 June 2025.
 */
import { describe, expect, it } from "vitest";
import { SPECIFIC_TYPES, type SpecificType } from "../catalog/schema.js";
import { RULES_V1 } from "./default-rules.js";
import { evaluatePicture } from "./evaluate.js";
import { IND, input, judgement, missing, signal } from "./testkit.js";
import type { Level, PictureInput } from "./types.js";

interface Example {
  name: string;
  given: PictureInput;
  level: Level;
  positive?: SpecificType[];
  rules?: string[];
}

const vulnerable = (...ids: string[]) =>
  ids.map((factorId) => ({ factorId, derived: factorId === "nearly-18" }));

/** The seed's case: he tells he must steal under coercion; threats by phone and outside the location. */
const seedCase = (daysAgo: number) => [
  signal(IND.forcedTheft, { daysAgo, source: "youth_told" }),
  signal(IND.threatenedByPhone, { daysAgo, source: "youth_told" }),
  signal(IND.threatenedNearLocation, { daysAgo, source: "youth_told" }),
];

const teacher = { by: "teacher-1", org: "isk" };

// prettier-ignore
const EXAMPLES: Example[] = [
  // Level 0 and 1: nothing, or signals that do not yet form a concern
  { name: "nothing recorded", given: input(), level: 0 },
  { name: "one soft signal (very tired) from one mentor", given: input({ signals: [signal(IND.exhausted)] }), level: 1, rules: ["any-signal"] },
  { name: "the only signal was retracted", given: input({ signals: [signal(IND.exhausted, { retracted: true })] }), level: 0 },
  { name: "one signal from 400 days ago: still shown, no longer raises the level", given: input({ signals: [signal(IND.exhausted, { daysAgo: 400 })] }), level: 0, rules: ["outside-long-window"] },
  { name: "the same soft signal recorded twice by one mentor", given: input({ signals: [signal(IND.exhausted), signal(IND.exhausted, { daysAgo: 3 })] }), level: 1 },
  { name: "general problem behaviour from one observer: school absence and fights", given: input({ signals: [signal(IND.schoolAbsence, { daysAgo: 20 }), signal(IND.fights)] }), level: 1 },
  { name: "one weak sexual signal (strikingly much sexual knowledge)", given: input({ signals: [signal(IND.sexualKnowledge)] }), level: 1 },
  { name: "a threat 10 days ago, nothing else", given: input({ signals: [signal(IND.threats, { daysAgo: 10 })] }), level: 1 },
  { name: "signs of control without any specific signal: smuggler debt, documents held by someone else", given: input({ signals: [signal(IND.smugglerDebt), signal(IND.documentsHeld)] }), level: 1 },
  { name: "three soft signals, all in one category (social)", given: input({ signals: [signal(IND.onlineStrangers), signal(IND.withdraws), signal(IND.manyNewContacts)] }), level: 1 },
  { name: "three soft signals in two categories, but spread over 120 days", given: input({ signals: [signal(IND.schoolAbsence, { daysAgo: 120 }), signal(IND.fights, { daysAgo: 60 }), signal(IND.withdraws)] }), level: 1 },
  // Level 2: concern — discuss in the circle
  { name: "problem behaviour alone from one observer: theft, a knife, fights → concern, not suspicion", given: input({ signals: [signal(IND.theft, { daysAgo: 40 }), signal(IND.weapon, { daysAgo: 20 }), signal(IND.fights)] }), level: 2, rules: ["specific-indicator"] },
  { name: "problem behaviour with unexplained cash, one observer", given: input({ signals: [signal(IND.theft, { daysAgo: 30 }), signal(IND.weapon, { daysAgo: 10 }), signal(IND.unexplainedMoney)] }), level: 2, rules: ["indicators-across-categories"] },
  { name: "three soft signals from three professionals in three categories within 60 days", given: input({ signals: [signal(IND.withdraws, { daysAgo: 60 }), signal(IND.exhausted, { ...teacher, daysAgo: 30 }), signal(IND.storyInconsistent, { by: "guardian-1", org: "nidos" })] }), level: 2, rules: ["indicators-across-categories", "several-observers"] },
  { name: "three soft signals in two categories within 90 days from one mentor", given: input({ signals: [signal(IND.schoolAbsence, { daysAgo: 80 }), signal(IND.fights, { daysAgo: 50 }), signal(IND.withdraws)] }), level: 2, rules: ["indicators-across-categories"] },
  { name: "two soft signals from two professionals", given: input({ signals: [signal(IND.exhausted, teacher), signal(IND.withdraws)] }), level: 2, rules: ["several-observers"] },
  { name: "one medium criminal signal (sent to places by others)", given: input({ signals: [signal(IND.sentToLocations)] }), level: 2, rules: ["specific-indicator"] },
  { name: "two medium labour signals only (low pay, hazardous work)", given: input({ signals: [signal(IND.lowOrNoPay), signal(IND.hazardousWork)] }), level: 2 },
  { name: "one medium and two weak sexual signals", given: input({ signals: [signal(IND.olderPartner), signal(IND.sexualKnowledge), signal(IND.onlineStrangers)] }), level: 2 },
  { name: "the same strong signal from two professionals counts once in the ILO rule", given: input({ signals: [signal(IND.forcedTheft, { daysAgo: 20 }), signal(IND.forcedTheft, { by: "guardian-1", org: "nidos", daysAgo: 20 })] }), level: 2, rules: ["specific-indicator", "several-observers"] },
  { name: "missing for a week, two months ago; no signals", given: input({ missingEpisodes: [missing("m1", 67, 60)] }), level: 2, rules: ["recent-missing"] },
  { name: "missing 14 months ago; no signals", given: input({ missingEpisodes: [missing("m1", 430, 425)] }), level: 0 },
  { name: "missing now, with one soft signal", given: input({ signals: [signal(IND.exhausted)], missingEpisodes: [missing("m1", 2, null)] }), level: 2 },
  { name: "an old strong signal (400 days) does not combine with a recent one", given: input({ signals: [signal(IND.forcedTheft, { daysAgo: 400 }), signal(IND.sentToLocations)] }), level: 2 },
  { name: "concern and two professionals, with one vulnerability", given: input({ signals: [signal(IND.sentToLocations), signal(IND.exhausted, teacher)], vulnerabilities: vulnerable("nearly-18") }), level: 2 },
  { name: "two professionals and two vulnerabilities, but nothing seen that is a concern by itself", given: input({ signals: [signal(IND.exhausted), signal(IND.withdraws, teacher)], vulnerabilities: vulnerable("nearly-18", "many-moves") }), level: 2 },
  { name: "sexual orientation never counts as a vulnerability", given: input({ signals: [signal(IND.sentToLocations), signal(IND.exhausted, teacher)], vulnerabilities: vulnerable("nearly-18", "sexual-orientation") }), level: 2 },
  { name: "concern from one professional with three vulnerabilities", given: input({ signals: [signal(IND.sentToLocations)], vulnerabilities: vulnerable("nearly-18", "many-moves", "smuggling-debts") }), level: 2 },
  // Level 3: suspicion of exploitation — involve the care coordinator
  { name: "seed case: 16-year-old tells he must steal under coercion, threats by phone and outside the location (10 days ago)", given: input({ signals: seedCase(10) }), level: 3, positive: ["criminal"], rules: ["ilo-element"] },
  { name: "problem behaviour plus a sign of control: theft, a knife and sudden debts", given: input({ signals: [signal(IND.theft, { daysAgo: 30 }), signal(IND.weapon, { daysAgo: 10 }), signal(IND.debts)] }), level: 3, positive: ["criminal"] },
  { name: "ILO 1 strong + 1 medium criminal: forced to steal (20 days ago), sent to places", given: input({ signals: [signal(IND.forcedTheft, { daysAgo: 20 }), signal(IND.sentToLocations)] }), level: 3, positive: ["criminal"] },
  { name: "ILO 2 strong labour: very long hours, documents held by someone else (control)", given: input({ signals: [signal(IND.excessiveHours), signal(IND.documentsHeld)] }), level: 3, positive: ["labour"] },
  { name: "ILO 1 strong + 1 weak sexual: hands over money earned through sex, sexual knowledge", given: input({ signals: [signal(IND.moneyToOthers), signal(IND.sexualKnowledge)] }), level: 3, positive: ["sexual"] },
  { name: "ILO 3 medium labour: low pay, hazardous work, no school because of work", given: input({ signals: [signal(IND.lowOrNoPay), signal(IND.hazardousWork), signal(IND.noSchoolForWork)] }), level: 3, positive: ["labour"] },
  { name: "ILO 2 medium + 1 weak labour: low pay, hazardous work, no free time", given: input({ signals: [signal(IND.lowOrNoPay), signal(IND.hazardousWork), signal(IND.noFreeTime)] }), level: 3, positive: ["labour"] },
  { name: "control counts for every type with a specific signal: threats (10 days ago), online strangers", given: input({ signals: [signal(IND.threats, { daysAgo: 10 }), signal(IND.onlineStrangers)] }), level: 3, positive: ["sexual", "criminal"] },
  { name: "concern plus two vulnerabilities plus two professionals", given: input({ signals: [signal(IND.sentToLocations), signal(IND.exhausted, teacher)], vulnerabilities: vulnerable("nearly-18", "many-moves") }), level: 3, rules: ["concern-vulnerabilities-observers"] },
  { name: "a professional recorded a suspicion; no signals", given: input({ judgements: [judgement("j1", "guardian-1", "suspicion", 5)] }), level: 3, rules: ["professional-suspicion"] },
  { name: "a professional recorded a suspicion and later no suspicion", given: input({ judgements: [judgement("j1", "guardian-1", "suspicion", 30), judgement("j2", "guardian-1", "no_suspicion", 2)] }), level: 0 },
  { name: "one professional has a suspicion, another has none", given: input({ judgements: [judgement("j1", "guardian-1", "suspicion", 30), judgement("j2", "mentor-1", "no_suspicion", 2)] }), level: 3 },
  { name: "a suspicion recorded 400 days ago and never renewed", given: input({ judgements: [judgement("j1", "guardian-1", "suspicion", 400)] }), level: 0 },
  // Level 4: acute — act now
  { name: "a threat observed today", given: input({ signals: [signal(IND.threats)] }), level: 4, rules: ["acute-indicator"] },
  { name: "seed case told today: the threats are acute", given: input({ signals: seedCase(0) }), level: 4, positive: ["criminal"], rules: ["acute-indicator", "ilo-element"] },
  { name: "missing now, while the ILO rule is met for criminal exploitation", given: input({ signals: [signal(IND.forcedTheft, { daysAgo: 20 }), signal(IND.sentToLocations, { daysAgo: 20 })], missingEpisodes: [missing("m1", 1, null)] }), level: 4, positive: ["criminal"], rules: ["missing-now"] },
  { name: "missing now, while a professional has a suspicion", given: input({ judgements: [judgement("j1", "mentor-1", "suspicion", 3)], missingEpisodes: [missing("m1", 1, null)] }), level: 4, rules: ["missing-now"] },
  { name: "a safety check found danger now, not handled yet", given: input({ safetyAlerts: [{ id: "a1", raisedAt: "2025-06-15T10:00:00Z", handledAt: null }] }), level: 4, rules: ["safety-alert"] },
  { name: "a safety check found danger, and it was handled", given: input({ safetyAlerts: [{ id: "a1", raisedAt: "2025-06-14T10:00:00Z", handledAt: "2025-06-14T11:00:00Z" }] }), level: 0 },
  { name: "a threat today that was retracted", given: input({ signals: [signal(IND.threats, { retracted: true })] }), level: 0 },
];

describe("the picture, rule set v1: worked examples", () => {
  it("has at least 25 examples", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(EXAMPLES)("$name → level $level", ({ given, level, positive = [], rules = [] }) => {
    const picture = evaluatePicture(given, RULES_V1);
    expect(picture.level).toBe(level);
    const positives = SPECIFIC_TYPES.filter((t) => picture.byType[t].positive);
    expect(positives).toEqual(SPECIFIC_TYPES.filter((t) => positive.includes(t)));
    expect(picture.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(rules));
  });
});
