/**
 * What the picture says: reason sentences, labels, suggested steps, counts and the picture per
 * type, as a professional reads them in the "Beeld" tab.
 */
import { describe, expect, it } from "vitest";
import { utcDay } from "./dates.js";
import { RULES_V1 } from "./default-rules.js";
import { evaluatePicture } from "./evaluate.js";
import { LEVEL_LABELS, SUGGESTED_STEPS } from "./labels.js";
import { IND, input, signal } from "./testkit.js";
import type { Level } from "./types.js";

describe("reasons read as sentences", () => {
  it("three signals from three categories by two professionals within 60 days", () => {
    const picture = evaluatePicture(
      input({
        signals: [
          signal(IND.withdraws, { id: "a", daysAgo: 60 }),
          signal(IND.exhausted, { id: "b", daysAgo: 30, by: "teacher-1", org: "isk" }),
          signal(IND.storyInconsistent, { id: "c" }),
        ],
      }),
    );
    const reason = picture.reasons.find((r) => r.rule === "indicators-across-categories");
    expect(reason?.text).toEqual({
      nl: "3 signalen uit 3 categorieën, door 2 professionals, in 60 dagen",
      en: "3 signals from 3 categories, by 2 professionals, within 60 days",
    });
    expect(reason?.signalIds).toEqual(["a", "b", "c"]);
  });

  it("v1: the seed case names the ILO rule, the tiers and the sign of coercion", () => {
    const picture = evaluatePicture(
      input({
        signals: [
          signal(IND.forcedTheft, { id: "told", daysAgo: 10, source: "youth_told" }),
          signal(IND.threatenedByPhone, { id: "phone", daysAgo: 10, source: "youth_told" }),
          signal(IND.threatenedNearLocation, { id: "outside", daysAgo: 9 }),
        ],
      }),
      RULES_V1,
    );
    const reason = picture.reasons.find((r) => r.rule === "ilo-element");
    expect(reason).toMatchObject({
      level: 3,
      type: "criminal",
      signalIds: ["outside", "phone", "told"],
    });
    expect(reason?.text.nl).toBe(
      "Signalen van criminele uitbuiting voldoen samen aan de ILO-regel: 3 sterk, waarvan 1 signaal van dwang of controle",
    );
    expect(picture.byType.criminal).toEqual({
      level: 3,
      positive: true,
      signalIds: ["outside", "phone", "told"],
    });
    expect(picture.byType.sexual).toEqual({ level: 0, positive: false, signalIds: [] });
    expect(picture.suggestedStep.id).toBe("involve-care-coordinator");
  });

  it("reasons are sorted by level (high first), then rule id", () => {
    const picture = evaluatePicture(
      input({ signals: [signal(IND.threats), signal(IND.theft, { by: "teacher-1" })] }),
      RULES_V1,
    );
    expect(picture.reasons.map((r) => `${r.level}:${r.rule}`)).toEqual([
      "4:acute-indicator",
      "3:ilo-element",
      "2:several-observers",
      "2:specific-indicator",
      "1:any-signal",
    ]);
  });

  it("old signals are counted and named, but do not raise the level", () => {
    const picture = evaluatePicture(
      input({
        signals: [signal(IND.forcedTheft, { id: "old", daysAgo: 500 }), signal(IND.exhausted)],
      }),
    );
    expect(picture.level).toBe(1);
    expect(picture.counts).toEqual({
      signals: 2,
      indicators: 2,
      categories: 2,
      observers: 1,
      organisations: 1,
    });
    const info = picture.reasons.find((r) => r.rule === "outside-long-window");
    expect(info).toMatchObject({ level: 0, signalIds: ["old"] });
    expect(info?.text.en).toBe(
      "1 signal is older than 12 months and no longer counts towards the level",
    );
  });
});

describe("labels and next steps", () => {
  const levels: Level[] = [0, 1, 2, 3, 4];

  it.each([
    [0, "Geen signalen", "keep-watching"],
    [1, "Signaal — blijf alert", "stay-alert"],
    [2, "Zorg — bespreek in de kring", "discuss-in-circle"],
    [3, "Vermoeden van uitbuiting — betrek de zorgcoördinator", "involve-care-coordinator"],
    [4, "Acuut — handel nu (112 / Veilig Thuis 24/7)", "act-now"],
  ] as const)("level %i is labelled %j with step %s", (level, nl, step) => {
    expect(LEVEL_LABELS[level].nl).toBe(nl);
    expect(SUGGESTED_STEPS[level].id).toBe(step);
  });

  it("every level has a label and a step in Dutch and English", () => {
    for (const level of levels) {
      for (const text of [LEVEL_LABELS[level], SUGGESTED_STEPS[level].text]) {
        expect(text.nl.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it("the acute step names 112 and Veilig Thuis", () => {
    expect(SUGGESTED_STEPS[4].text.nl).toContain("112");
    expect(SUGGESTED_STEPS[4].text.nl).toContain("0800-2000");
  });
});

describe("dates are whole UTC days, whatever the time zone of `now`", () => {
  it("reads dates and datetimes with and without a zone as UTC days", () => {
    expect(utcDay("1970-01-02")).toBe(1);
    expect(utcDay("2025-06-15T23:59:59Z")).toBe(utcDay("2025-06-15"));
    expect(utcDay("2025-06-15T00:30:00+02:00")).toBe(utcDay("2025-06-14"));
    expect(utcDay("2025-06-15T10:00:00")).toBe(utcDay("2025-06-15"));
  });

  it("an acute signal exactly 7 days old still counts; 8 days old does not", () => {
    expect(evaluatePicture(input({ signals: [signal(IND.threats, { daysAgo: 7 })] })).level).toBe(
      4,
    );
    // v2: an acute item is never less than a suspicion after its window; v1 let it drop to 1.
    expect(evaluatePicture(input({ signals: [signal(IND.threats, { daysAgo: 8 })] })).level).toBe(
      3,
    );
    const v1 = evaluatePicture(input({ signals: [signal(IND.threats, { daysAgo: 8 })] }), RULES_V1);
    expect(v1.level).toBe(1);
  });

  it("a signal exactly 365 days old still counts; 366 days old does not", () => {
    expect(
      evaluatePicture(input({ signals: [signal(IND.exhausted, { daysAgo: 365 })] })).level,
    ).toBe(1);
    expect(
      evaluatePicture(input({ signals: [signal(IND.exhausted, { daysAgo: 366 })] })).level,
    ).toBe(0);
  });
});
