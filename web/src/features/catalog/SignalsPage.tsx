/**
 * Signalenlijst: every signal grouped by category, with instant search (MiniSearch) and
 * filters by exploitation type, tier and acute. The count is announced in a live region.
 * Filters live in the URL so going back keeps them.
 */
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import "./catalog.css";
import { CatalogGate } from "./CatalogGate";
import {
  filtersFromParams,
  filtersToParams,
  groupByCategory,
  matchesFilters,
  type SignalFilters,
} from "./filter";
import { IndicatorList } from "./IndicatorItem";
import { CategoryLabel } from "./labels";
import { buildCatalogSearch } from "./search";
import { SignalFilterForm } from "./SignalFilterForm";
import {
  activeIndicators,
  lookupCatalog,
  useContentLanguage,
  type CatalogView,
} from "./use-catalog";

function useResults(catalog: CatalogView, filters: SignalFilters) {
  const search = useMemo(
    () => buildCatalogSearch(activeIndicators(catalog), catalog.categories),
    [catalog],
  );
  return useMemo(() => {
    if (!filters.query.trim()) {
      return {
        ranked: null,
        all: activeIndicators(catalog).filter((i) => matchesFilters(i, filters)),
      };
    }
    const lookup = lookupCatalog(catalog);
    const ranked = search
      .search(filters.query)
      .flatMap((hit) => lookup.indicator(hit.id) ?? [])
      .filter((i) => matchesFilters(i, filters));
    return { ranked, all: ranked };
  }, [catalog, search, filters]);
}

function SignalsView({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  usePageTitle(t("catalog.signals.title"));
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<SignalFilters>(() => filtersFromParams(params));
  const deferred = useDeferredValue(filters);
  const { ranked, all } = useResults(catalog, deferred);

  useEffect(() => {
    const next = filtersToParams(deferred);
    if (next.toString() !== window.location.search.replace(/^\?/, "")) {
      setParams(next, { replace: true, preventScrollReset: true });
    }
  }, [deferred, setParams]);

  return (
    <>
      <Heading1>{t("catalog.signals.title")}</Heading1>
      <Paragraph>{t("catalog.signals.intro")}</Paragraph>
      <Paragraph className="iz-no-print">
        <Link to="/signals/print">{t("catalog.signals.printLink")}</Link>
      </Paragraph>
      <SignalFilterForm catalog={catalog} filters={filters} onChange={setFilters} />
      <p role="status" aria-live="polite" aria-atomic="true" className="iz-cat-count">
        {all.length === 0
          ? t("catalog.signals.noResults")
          : t("catalog.signals.count", { count: all.length })}
      </p>
      {ranked
        ? ranked.length > 0 && (
            <section aria-labelledby="signal-results">
              <Heading2 id="signal-results">{t("catalog.signals.resultsTitle")}</Heading2>
              <IndicatorList indicators={ranked} catalog={catalog} />
            </section>
          )
        : groupByCategory(all, catalog.categories).map(({ category, indicators }) => (
            <section key={category.id} aria-labelledby={`group-${category.id}`}>
              <Heading2 id={`group-${category.id}`} className="iz-cat-group-title">
                <CategoryLabel category={category} />{" "}
                <span className="iz-cat-group-count">
                  ({t("catalog.signals.groupCount", { count: indicators.length })})
                </span>
              </Heading2>
              <Paragraph className="iz-muted">{category.description[lang]}</Paragraph>
              <IndicatorList indicators={indicators} catalog={catalog} showCategory={false} />
            </section>
          ))}
    </>
  );
}

/** The signal list page (`/signals`). */
export function SignalsPage() {
  const { t } = useTranslation();
  return (
    <CatalogGate title={t("catalog.signals.title")}>
      {(catalog) => <SignalsView catalog={catalog} />}
    </CatalogGate>
  );
}
