/** One signal in a list: its text as a link to its page, then category, weight and acute. */
import { Link } from "react-router";
import type { Indicator } from "../../../../src/domain/catalog/schema";
import { AcuteLabel, CategoryLabel, TierLabel } from "./labels";
import { lookupCatalog, useContentLanguage, type CatalogView } from "./use-catalog";

/** A list item for a signal; `showCategory` repeats the category (search results). */
export function IndicatorItem({
  indicator,
  catalog,
  showCategory = true,
}: {
  indicator: Indicator;
  catalog: CatalogView;
  showCategory?: boolean;
}) {
  const lang = useContentLanguage();
  const category = lookupCatalog(catalog).category(indicator.category);
  return (
    <li className="iz-cat-item">
      <Link className="iz-cat-item__link" to={`/signals/${indicator.id}`}>
        {indicator.text[lang]}
      </Link>
      <span className="iz-cat-item__tags">
        {showCategory && category && <CategoryLabel category={category} />}
        <TierLabel tier={indicator.tier} />
        {indicator.acute && <AcuteLabel />}
      </span>
    </li>
  );
}

/** A list of signals. */
export function IndicatorList({
  indicators,
  catalog,
  showCategory,
}: {
  indicators: readonly Indicator[];
  catalog: CatalogView;
  showCategory?: boolean;
}) {
  return (
    <ul className="iz-cat-list">
      {indicators.map((i) => (
        <IndicatorItem key={i.id} indicator={i} catalog={catalog} showCategory={showCategory} />
      ))}
    </ul>
  );
}
