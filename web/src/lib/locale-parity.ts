/**
 * Test support for the per-feature locale files (imported by the `locales.test.ts` files only,
 * never by the app): Dutch and English have the same keys, and no text is empty. A feature's
 * own checks (every organisation type named, every problem code explained) sit beside the call.
 */
import { expect, it } from "vitest";

/** Every leaf of a locale tree as [dotted key, value]. */
export function localeEntries(tree: object, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] =>
    v && typeof v === "object"
      ? localeEntries(v as object, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v]],
  );
}

/** i18next's plural suffixes: a language may need other plural forms than Dutch. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(tree: object, ignorePluralForms: boolean): string[] {
  const all = localeEntries(tree).map(([k]) => (ignorePluralForms ? k.replace(PLURAL, "") : k));
  return [...new Set(all)].sort();
}

/**
 * Registers the two parity tests in the current `describe` for each pair of locale trees.
 * `mayBeEmpty` names the keys that are empty on purpose; `ignorePluralForms` compares keys
 * without their plural suffix.
 */
export function localeParityTests(
  pairs: { nl: object; en: object }[],
  {
    mayBeEmpty = () => false,
    ignorePluralForms = false,
  }: { mayBeEmpty?: (key: string) => boolean; ignorePluralForms?: boolean } = {},
): void {
  it("have the same keys in Dutch and English", () => {
    for (const { nl, en } of pairs)
      expect(keys(en, ignorePluralForms)).toEqual(keys(nl, ignorePluralForms));
  });
  it("are never empty", () => {
    for (const { nl, en } of pairs)
      for (const [key, value] of [...localeEntries(nl), ...localeEntries(en)])
        if (!mayBeEmpty(key)) expect(String(value).trim(), key).not.toBe("");
  });
}
