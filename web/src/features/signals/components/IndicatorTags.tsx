/**
 * The signals of a recorded signal: each with its text, its category (name with the category's
 * colour as a border — never colour alone), weight and acute flag.
 */
import type { Indicator } from "../../../../../src/domain/catalog/schema";
import { AcuteLabel, CategoryLabel, TierLabel } from "../../catalog/labels";
import { lookupCatalog, useContentLanguage, type CatalogView } from "../../catalog/use-catalog";

/** A list of the indicators; unknown ids (an older catalogue) show as their id. */
export function IndicatorTags({
  ids,
  catalog,
}: {
  ids: string[];
  catalog: CatalogView | undefined;
}) {
  const lang = useContentLanguage();
  const lookup = catalog ? lookupCatalog(catalog) : null;
  return (
    <ul className="iz-sig-indicators">
      {ids.map((id) => {
        const indicator: Indicator | undefined = lookup?.indicator(id);
        const category = indicator ? lookup?.category(indicator.category) : undefined;
        return (
          <li
            key={id}
            className="iz-sig-indicator"
            style={category ? { borderInlineStartColor: category.colour } : undefined}
          >
            <span className="iz-sig-indicator__text">{indicator?.text[lang] ?? id}</span>
            <span className="iz-sig-indicator__tags">
              {category ? <CategoryLabel category={category} /> : null}
              {indicator ? <TierLabel tier={indicator.tier} /> : null}
              {indicator?.acute ? <AcuteLabel /> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
