import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { ContactCheckView } from "../../../../src/shared/contacts.schema";
import { checkNote, checkNoteText } from "./contact-check";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

const i18n = i18next.createInstance();
void i18n.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: "nl",
  interpolation: { escapeValue: false },
  initAsync: false,
});

const check = (over: Partial<ContactCheckView> = {}): ContactCheckView => ({
  contactId: "keerpunt",
  checkedOn: "2026-12-07",
  checkedBy: { name: "Jelske de Vries", organisation: "Fier Academy" },
  status: "recent",
  recentUntil: "2027-06-07",
  ...over,
});

const text = (c: ContactCheckView | undefined, lang: "nl" | "en") =>
  checkNoteText(checkNote(c), (key, values) => i18n.getFixedT(lang)(key, values), lang);

/** Anything that looks like a date: a year, or a day and a month name. */
const DATE =
  /\b(19|20)\d{2}\b|\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

describe("a contact shows a check date only with the name of who checked it", () => {
  it.each(["nl", "en"] as const)("%s: a recent check names the checker and the day", (lang) => {
    const shown = text(check(), lang);
    expect(shown).toMatch(DATE);
    expect(shown).toContain("Jelske de Vries");
    expect(shown).toContain("Fier Academy");
  });

  it.each(["nl", "en"] as const)(
    "%s: after six months it says 'not recently checked', still with the name",
    (lang) => {
      const shown = text(check({ status: "not_recent" }), lang);
      expect(shown).toMatch(lang === "nl" ? /^Niet recent gecontroleerd/ : /^Not recently checked/);
      expect(shown).toContain("Jelske de Vries");
    },
  );

  it.each([
    ["never checked", undefined],
    ["a check with an empty name", check({ checkedBy: { name: "", organisation: "Fier" } })],
    ["a check with a blank name", check({ checkedBy: { name: "   ", organisation: "" } })],
  ] as const)("%s shows no date at all", (_what, c) => {
    for (const lang of ["nl", "en"] as const) {
      const shown = text(c, lang);
      expect(shown, shown).not.toMatch(DATE);
      expect(shown).toMatch(lang === "nl" ? /Niet recent gecontroleerd/ : /Not recently checked/);
    }
  });

  it("every text with a date in it contains the checker's name (all statuses, both languages)", () => {
    for (const status of ["recent", "not_recent"] as const)
      for (const lang of ["nl", "en"] as const)
        for (const org of ["Fier Academy", ""]) {
          const shown = text(
            check({ status, checkedBy: { name: "A. Bakker", organisation: org } }),
            lang,
          );
          if (DATE.test(shown)) expect(shown).toContain("A. Bakker");
        }
  });
});
