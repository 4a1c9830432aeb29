import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import nl from "./locales/nl.json";
import { missedLabel } from "./missed-label";

const option = (optionId: string, correct: boolean) => ({ optionId, correct, feedback: "…" });

describe("the label before a right answer the learner missed", () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: "nl",
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  const label = (lng: string, r: Parameters<typeof missedLabel>[0]) => {
    const { key, count } = missedLabel(r);
    return i18n.t(key, { lng, count });
  };

  it.each([
    [
      "one wrong option chosen (m1, exercise 1)",
      [option("b", false)],
      [option("a", true)],
      "Het goede antwoord:",
      "The right answer:",
    ],
    [
      "two wrong chosen, two right missed",
      [option("c", false), option("d", false)],
      [option("a", true), option("b", true)],
      "De goede antwoorden:",
      "The right answers:",
    ],
    [
      "one right found, one right missed",
      [option("a", true)],
      [option("b", true)],
      "Ook goed:",
      "Also right:",
    ],
    [
      "one right and one wrong chosen, one right missed",
      [option("a", true), option("c", false)],
      [option("b", true)],
      "Ook goed:",
      "Also right:",
    ],
  ])("%s", (_n, chosen, missed, nlText, enText) => {
    expect(label("nl", { chosen, missed })).toBe(nlText);
    expect(label("en", { chosen, missed })).toBe(enText);
  });
});
