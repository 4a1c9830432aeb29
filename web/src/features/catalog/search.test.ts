import { describe, expect, it } from "vitest";
import type { Category, Indicator } from "../../../../src/domain/catalog/schema";
import { buildCatalogSearch, foldTerm } from "./search";

// The real seed content, read at build time by Vite (no node:fs in web code).
const indicatorFiles = import.meta.glob<Indicator[]>(
  "../../../../content/catalog/indicators/*.json",
  {
    eager: true,
    import: "default",
  },
);
const categoryFile = import.meta.glob<Category[]>("../../../../content/catalog/categories.json", {
  eager: true,
  import: "default",
});
const indicators = Object.values(indicatorFiles).flat();
const categories = Object.values(categoryFile).flat();
const search = buildCatalogSearch(indicators, categories);
const ids = (query: string) => search.search(query).map((h) => h.id);

/** Words of a text, folded, at least three letters long. */
const words = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldTerm)
    .filter((w) => w.length >= 3);

describe("catalogue search", () => {
  it("reads the real catalogue", () => {
    expect(indicators.length).toBeGreaterThanOrEqual(120);
  });

  it("'stelen' finds the forced-theft signal first", () => {
    expect(ids("stelen")[0]).toBe("crim.forced-theft");
  });

  it.each([
    ["a typo", "steelen", "crim.forced-theft"],
    ["English", "steal", "crim.forced-theft"],
    ["a prefix", "zakkenr", "crim.forced-theft"],
    ["a word without its accent", "hygiene", "phys.neglected"],
    ["a word with its accent", "hygiëne", "phys.neglected"],
    ["upper case and an accent", "GEÏNTIMIDEERD", "phys.intimidated"],
  ])("finds a signal from %s (%s)", (_what, query, id) => {
    expect(ids(query).slice(0, 3)).toContain(id);
  });

  it("folds accents and case", () => {
    expect(foldTerm("Geïntimideerd")).toBe("geintimideerd");
    expect(foldTerm("CRÈME")).toBe("creme");
  });

  it("an empty query gives no hits", () => {
    expect(search.search("   ")).toEqual([]);
  });

  it("several words must all match", () => {
    const hits = ids("onder dwang stelen");
    expect(hits[0]).toBe("crim.forced-theft");
    expect(hits).not.toContain("phys.neglected");
  });

  it.each(["nl", "en"] as const)(
    "a professional finds every signal within three keystrokes, in the top 5 (%s)",
    (lang) => {
      const unreachable = indicators.filter((indicator) => {
        const text = [indicator.text[lang], ...(indicator.keywords?.[lang] ?? [])].join(" ");
        const prefixes = new Set(words(text).map((w) => w.slice(0, 3)));
        return ![...prefixes].some((p) => ids(p).slice(0, 5).includes(indicator.id));
      });
      expect(unreachable.map((i) => i.id)).toEqual([]);
    },
  );
});
