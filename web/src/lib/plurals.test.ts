/**
 * Counts read right in Dutch and English ("1 signaal", "2 signalen", never "1 signalen").
 *
 * The keys are found mechanically in every locale file of the SPA: a key is count-bearing when
 * its text uses {{count}} (itself or in a nested $t(…, {"count": …})), or when any other placeholder is followed directly by a word (a number
 * before its noun, like "{{signals}} signalen"). Placeholders that hold text, not a number, are
 * listed below. Every count-bearing key is rendered with 0, 1 and 2 in both languages.
 */
import i18next, { type i18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";

type Lang = "nl" | "en";
type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<{ default: Tree }>(
  ["../locales/*.json", "../features/*/locales/*.json"],
  {
    eager: true,
  },
);

/** All locale files of one language merged into one tree (feature namespaces do not overlap). */
function bundle(lang: Lang): Tree {
  const merged: Tree = {};
  const merge = (into: Tree, from: Tree) => {
    for (const [k, v] of Object.entries(from)) {
      const here = into[k];
      if (typeof v === "object" && typeof here === "object") merge(here, v);
      else into[k] = typeof v === "object" ? structuredClone(v) : v;
    }
  };
  for (const [path, mod] of Object.entries(files))
    if (path.endsWith(`/${lang}.json`) || path.endsWith(`.${lang}.json`))
      merge(merged, mod.default);
  return merged;
}

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "object"
      ? flatten(v, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, string]],
  );
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Placeholders that hold a name, a date or other text — never a number. */
const TEXT_PLACEHOLDERS = new Set([
  "name",
  "names",
  "date",
  "when",
  "from",
  "to",
  "kind",
  "item",
  "roles",
  "organisation",
  "location",
  "factor",
  "relation",
  "label",
  "type",
  "text",
  "step",
  "detail",
  "reason",
  "rule",
  "answer",
  "phone",
  "q",
  "decisions",
  "version",
  "score",
  "email",
  "region",
  "title",
  // An ordinal ("Vermelding 2 weghalen"), not a count of things.
  "n",
]);

/**
 * Words that may follow a number unchanged whatever the number is ("3 van de 5", "1 verlopen").
 * Anything else after a number must come from a {{count}} with plural forms.
 */
const NUMBER_INVARIANT_WORDS: Record<Lang, Set<string>> = {
  nl: new Set([
    "van",
    "verlopen",
    "afgerond",
    "klassikaal",
    "met",
    "nodig",
    "te",
    "jaar",
    "keer",
    "ongelezen",
    "goed",
    "tot",
  ]),
  en: new Set(["of", "overdue", "so", "in", "with", "needed", "too", "unread", "fine", "to"]),
};

/** Base keys (plural suffix removed) with the texts of all their forms. */
function baseKeys(lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of flatten(bundle(lang))) {
    const base = key.replace(PLURAL_SUFFIX, "");
    out.set(base, [...(out.get(base) ?? []), text]);
  }
  return out;
}

/** Numeric placeholders directly followed by a word: [placeholder, word]. */
function numbersBeforeWords(text: string): [string, string][] {
  return [...text.matchAll(/\{\{(\w+)\}\} (\p{L}+)/gu)]
    .map((m) => [m[1] ?? "", m[2] ?? ""] as [string, string])
    .filter(([name]) => !TEXT_PLACEHOLDERS.has(name));
}

function placeholders(texts: string[]): string[] {
  return [
    ...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ""))),
  ];
}

/** Whether a text puts {{count}} before a word that changes with the number, or nests one. */
function needsPlural(lang: Lang, text: string): boolean {
  return (
    text.includes("$t(") ||
    numbersBeforeWords(text).some(
      ([name, word]) => name === "count" && !NUMBER_INVARIANT_WORDS[lang].has(word.toLowerCase()),
    )
  );
}

/** The count-bearing keys of a language, found from the texts themselves. */
function countBearing(lang: Lang): Map<string, string[]> {
  return new Map(
    [...baseKeys(lang)].filter(
      ([, texts]) =>
        texts.some((t) => t.includes("{{count}}") || t.includes("$t(")) ||
        texts.some((t) => numbersBeforeWords(t).length > 0),
    ),
  );
}

describe("counts in every feature's texts", () => {
  const t: Record<Lang, i18n> = { nl: i18next.createInstance(), en: i18next.createInstance() };
  beforeAll(async () => {
    for (const lang of ["nl", "en"] as const)
      await t[lang].init({
        lng: lang,
        resources: { [lang]: { translation: bundle(lang) } },
        interpolation: { escapeValue: false },
        returnNull: false,
      });
  });

  it("finds the count-bearing keys (the mechanism works)", () => {
    const nl = countBearing("nl");
    expect(nl.size).toBeGreaterThan(20);
    for (const key of ["youths.age.years", "signals.picture.counts", "training.dashboard.totals"]) {
      expect(nl.has(key)).toBe(true);
      expect(countBearing("en").has(key)).toBe(true);
    }
  });

  it.each(["nl", "en"] as const)(
    "a number before a word comes from {{count}} with singular and plural forms (%s)",
    (lang) => {
      const wrong: string[] = [];
      for (const [key, texts] of countBearing(lang)) {
        for (const text of texts)
          for (const [name, word] of numbersBeforeWords(text))
            if (name !== "count" && !NUMBER_INVARIANT_WORDS[lang].has(word.toLowerCase()))
              wrong.push(`${key}: {{${name}}} ${word}`);
        if (texts.some((x) => needsPlural(lang, x))) {
          const bundleKeys = new Set(flatten(bundle(lang)).map(([k]) => k));
          if (!bundleKeys.has(`${key}_one`) || !bundleKeys.has(`${key}_other`))
            if (!texts.every((x) => x.includes("$t(")))
              wrong.push(`${key}: no _one and _other forms`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each(["nl", "en"] as const)(
    "every count-bearing key renders with 0, 1 and 2, and 1 reads differently from 2 (%s)",
    (lang) => {
      /** Keys where the singular and the plural are the same word in this language. */
      const invariant: Record<Lang, Set<string>> = {
        nl: new Set(["youths.age.years", "training.case.summary"]),
        en: new Set(),
      };
      const wrong: string[] = [];
      for (const [key, texts] of countBearing(lang)) {
        const render = (n: number) =>
          t[lang].t(key, Object.fromEntries(placeholders(texts).map((p) => [p, n])));
        const [zero, one, two] = [render(0), render(1), render(2)];
        for (const [n, out] of [
          [0, zero],
          [1, one],
          [2, two],
        ] as const) {
          if (out === key || /\{\{|\$t\(/.test(out)) wrong.push(`${key} (${n}): ${out}`);
        }
        if (
          texts.some((x) => needsPlural(lang, x)) &&
          !invariant[lang].has(key) &&
          one === two.replaceAll("2", "1")
        )
          wrong.push(`${key}: "${one}" is the plural form with 1`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each([
    [
      "nl",
      "signals.picture.counts",
      { signals: 1, indicators: 1, categories: 1, observers: 1, organisations: 1 },
      "1 signaal",
    ],
    [
      "en",
      "signals.picture.counts",
      { signals: 1, indicators: 1, categories: 1, observers: 1, organisations: 1 },
      "1 signal",
    ],
  ] as const)("%s %s reads in the singular with 1", (lang, key, values, start) => {
    const out = t[lang].t(key, values);
    expect(out.startsWith(`${start},`)).toBe(true);
    expect(out).not.toMatch(
      /\b1 (signalen|categorieën|professionals|organisaties|signals|categories|organisations)\b/,
    );
  });
});
