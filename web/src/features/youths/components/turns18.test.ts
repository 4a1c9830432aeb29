import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../locales/en.json";
import nl from "../locales/nl.json";
import { turns18Text } from "./turns18";

describe("the 'turns 18' line in the youth header and lists", () => {
  const t: Partial<Record<"nl" | "en", TFunction>> = {};
  beforeAll(async () => {
    for (const [lang, texts] of [
      ["nl", nl],
      ["en", en],
    ] as const) {
      const instance = i18next.createInstance();
      await instance.init({ lng: lang, resources: { [lang]: { translation: texts } } });
      t[lang] = instance.t;
    }
  });
  const line = (lang: "nl" | "en", months: number | null) => {
    const text = turns18Text(months);
    return text && t[lang]?.(text.key, { count: text.count });
  };

  it.each([
    [0, "wordt deze maand 18", "turns 18 this month"],
    [1, "wordt over 1 maand 18", "turns 18 in 1 month"],
    [11, "wordt over 11 maanden 18", "turns 18 in 11 months"],
    [18, "wordt over 18 maanden 18", "turns 18 in 18 months"],
    [24, "wordt over 24 maanden 18", "turns 18 in 24 months"],
    [30, "wordt over 2 jaar 18", "turns 18 in 2 years"],
    [61, "wordt over 5 jaar 18", "turns 18 in 5 years"],
  ])("%i months ahead reads %s / %s", (months, dutch, english) => {
    expect(line("nl", months)).toBe(dutch);
    expect(line("en", months)).toBe(english);
  });

  it("an adult (no months left) gets no line", () => {
    expect(turns18Text(null)).toBeNull();
  });
});
