/**
 * Choosing signals from the catalogue: search-as-you-type (the catalogue's MiniSearch index),
 * results grouped by category; without a search, every category as a disclosure. Several can
 * be chosen; the chosen ones stay listed (with a remove button) whatever the search shows.
 */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Category, Indicator } from "../../../../../src/domain/catalog/schema";
import { Fieldset, Heading3, Textbox } from "../../../components/nlds";
import { buildCatalogSearch } from "../../catalog/search";
import {
  activeIndicators,
  lookupCatalog,
  useContentLanguage,
  type CatalogView,
} from "../../catalog/use-catalog";
import { Field } from "../components/Field";
import { IndicatorOption } from "./IndicatorOption";
import { SelectedIndicators } from "./SelectedIndicators";

/** The search box id (the error summary links here). */
export const PICKER_INPUT_ID = "sig-indicatorIds";

interface Group {
  category: Category;
  indicators: Indicator[];
}

/**
 * Groups indicators by category. Browsing: categories in catalogue order. Searching
 * (`byRelevance`): the category of the best hit first, and hits keep their relevance order.
 */
function groupByCategory(
  catalog: CatalogView,
  indicators: readonly Indicator[],
  byRelevance = false,
): Group[] {
  const rank = (id: string) => indicators.findIndex((i) => i.category === id);
  const categories = [...catalog.categories].sort((a, b) =>
    byRelevance ? rank(a.id) - rank(b.id) : a.order - b.order,
  );
  return categories
    .map((category) => ({
      category,
      indicators: indicators.filter((i) => i.category === category.id),
    }))
    .filter((g) => g.indicators.length > 0);
}

/** The picker; `selected` holds indicator ids in the order they were chosen. */
export function IndicatorPicker({
  catalog,
  selected,
  onChange,
  error,
}: {
  catalog: CatalogView;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const [query, setQuery] = useState("");
  const lookup = lookupCatalog(catalog);
  const search = useMemo(
    () => buildCatalogSearch(activeIndicators(catalog), catalog.categories),
    [catalog],
  );
  const hits = useMemo(() => {
    if (query.trim() === "") return null;
    return search.search(query).flatMap((h) => {
      const i = lookup.indicator(h.id);
      return i ? [i] : [];
    });
  }, [query, search, lookup]);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  const chosen = selected.flatMap((id) => {
    const i = lookup.indicator(id);
    return i ? [i] : [];
  });
  const option = (i: Indicator) => (
    <IndicatorOption key={i.id} indicator={i} checked={selected.includes(i.id)} onToggle={toggle} />
  );

  return (
    <Fieldset legend={t("signals.picker.legend")} className="iz-sig-picker">
      <Field
        id={PICKER_INPUT_ID}
        label={t("signals.picker.search")}
        description={t("signals.picker.searchHint")}
        error={error}
      >
        {(c) => (
          <Textbox
            id={c.id}
            type="search"
            autoComplete="off"
            value={query}
            invalid={c.invalid}
            aria-describedby={c.describedBy}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
      </Field>
      <SelectedIndicators indicators={chosen} onRemove={(id) => toggle(id, false)} />
      <p role="status" className="utrecht-paragraph iz-sig-count">
        {hits ? t("signals.picker.found", { count: hits.length }) : ""}
      </p>
      {hits ? (
        <section aria-label={t("signals.picker.results")} className="iz-sig-results">
          {groupByCategory(catalog, hits, true).map((g) => (
            <div key={g.category.id} className="iz-sig-group">
              <Heading3 className="iz-sig-group__title">
                <span
                  className="iz-sig-swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: g.category.colour }}
                />
                {g.category.label[lang]}
              </Heading3>
              <ul className="iz-sig-options">{g.indicators.map(option)}</ul>
            </div>
          ))}
        </section>
      ) : (
        <div className="iz-sig-browse">
          {groupByCategory(catalog, activeIndicators(catalog)).map((g) => (
            <details key={g.category.id} className="iz-sig-group">
              <summary className="iz-sig-group__summary">
                <span
                  className="iz-sig-swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: g.category.colour }}
                />
                {t("signals.picker.category", {
                  name: g.category.label[lang],
                  count: g.indicators.length,
                })}
              </summary>
              <ul className="iz-sig-options">{g.indicators.map(option)}</ul>
            </details>
          ))}
        </div>
      )}
    </Fieldset>
  );
}
