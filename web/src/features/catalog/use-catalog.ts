/**
 * The signal catalogue from GET /api/catalog (both languages), cached for the whole session.
 * Other features (signal recording, training) reuse `useCatalog()` and the look-up helpers.
 */
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type {
  Catalog,
  Category,
  Contact,
  ExploitationType,
  Indicator,
  KnowledgePage,
  Language,
  LocalizedText,
  Source,
} from "../../../../src/domain/catalog/schema";
import { get } from "../../lib/api";

/** An exploitation type with its label, as the API lists them. */
export interface ExploitationTypeView {
  id: ExploitationType;
  label: LocalizedText;
}

/** The catalogue as GET /api/catalog serves it without `?lang`: texts as `{ nl, en }`. */
export type CatalogView = Catalog & { exploitationTypes: ExploitationTypeView[] };

/** The TanStack Query key of the catalogue. */
export const CATALOG_KEY = ["catalog"] as const;

/** Loads the catalogue once; it never goes stale during a session. */
export function useCatalog(): UseQueryResult<CatalogView> {
  return useQuery({
    queryKey: CATALOG_KEY,
    queryFn: () => get<CatalogView>("/api/catalog"),
    staleTime: Infinity,
  });
}

/** The content language that follows the interface language. */
export function useContentLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "nl";
}

/** Picks the text for a language. */
export function pick(text: LocalizedText, lang: Language): string {
  return text[lang];
}

/** Look-ups by id into a loaded catalogue. */
export interface CatalogLookup {
  indicator(id: string): Indicator | undefined;
  category(id: string): Category | undefined;
  source(id: string): Source | undefined;
  knowledge(id: string): KnowledgePage | undefined;
  contact(id: string): Contact | undefined;
  exploitationType(id: string): ExploitationTypeView | undefined;
}

/**
 * The indicators that may be recorded and that the signal list shows: withdrawn ones stay in the
 * catalogue (stored signals keep their text) but are never offered again.
 */
export function activeIndicators(catalog: CatalogView): CatalogView["indicators"] {
  return catalog.indicators.filter((i) => !i.withdrawn);
}

const lookups = new WeakMap<CatalogView, CatalogLookup>();

/** Maps by id for a catalogue (built once per catalogue object). */
export function lookupCatalog(catalog: CatalogView): CatalogLookup {
  const cached = lookups.get(catalog);
  if (cached) return cached;
  const by = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const indicators = by(catalog.indicators);
  const categories = by(catalog.categories);
  const sources = by(catalog.sources);
  const knowledge = by(catalog.knowledge);
  const contacts = by(catalog.contacts);
  const types = by(catalog.exploitationTypes);
  const lookup: CatalogLookup = {
    indicator: (id) => indicators.get(id),
    category: (id) => categories.get(id),
    source: (id) => sources.get(id),
    knowledge: (id) => knowledge.get(id),
    contact: (id) => contacts.get(id),
    exploitationType: (id) => types.get(id),
  };
  lookups.set(catalog, lookup);
  return lookup;
}
