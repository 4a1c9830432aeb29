/**
 * Instant search over the signal catalogue with MiniSearch: Dutch and English text,
 * explanation and keywords; prefix and typo-tolerant (fuzzy 0.2) matching; accents folded.
 * Pure: no React, no DOM. Only the signal list chunk imports this module (and MiniSearch).
 */
import MiniSearch from "minisearch";
import type { Category, Indicator } from "../../../../src/domain/catalog/schema";

/** One search hit: the indicator id and its relevance score (higher is better). */
export interface SearchHit {
  id: string;
  score: number;
}

/** A built index; `search` returns hits best first (empty for an empty query). */
export interface CatalogSearch {
  search(query: string): SearchHit[];
}

interface SearchDocument {
  id: string;
  textNl: string;
  textEn: string;
  explanationNl: string;
  explanationEn: string;
  keywordsNl: string;
  keywordsEn: string;
  category: string;
}

/** Folds a term: decomposes accents (é → e + ◌́), drops the marks, lower case. */
export function foldTerm(term: string): string {
  return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const FIELDS = [
  "textNl",
  "textEn",
  "keywordsNl",
  "keywordsEn",
  "explanationNl",
  "explanationEn",
  "category",
] as const;

/** Field weights: the signal text and keywords count most, the explanation least. */
const BOOST: Record<(typeof FIELDS)[number], number> = {
  textNl: 4,
  textEn: 4,
  keywordsNl: 3,
  keywordsEn: 3,
  category: 1.5,
  explanationNl: 0.5,
  explanationEn: 0.5,
};

function toDocument(indicator: Indicator, categories: Map<string, Category>): SearchDocument {
  const category = categories.get(indicator.category);
  return {
    id: indicator.id,
    textNl: indicator.text.nl,
    textEn: indicator.text.en,
    explanationNl: indicator.explanation.nl,
    explanationEn: indicator.explanation.en,
    keywordsNl: indicator.keywords?.nl.join(" ") ?? "",
    keywordsEn: indicator.keywords?.en.join(" ") ?? "",
    category: category ? `${category.label.nl} ${category.label.en}` : "",
  };
}

/** Builds the search index over the indicators (categories add their labels as search terms). */
export function buildCatalogSearch(
  indicators: readonly Indicator[],
  categories: readonly Category[] = [],
): CatalogSearch {
  const categoryMap = new Map(categories.map((c) => [c.id, c]));
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: [],
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: 0.2,
      combineWith: "AND",
    },
  });
  index.addAll(indicators.map((i) => toDocument(i, categoryMap)));
  return {
    search(query) {
      const trimmed = query.trim();
      if (trimmed === "") return [];
      return index.search(trimmed).map((r) => ({ id: String(r.id), score: r.score }));
    },
  };
}
