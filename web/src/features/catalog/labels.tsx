/**
 * Small labels for a signal: its category, tier and acute flag. Each shows text with an icon;
 * colour is never the only carrier of meaning.
 */
import { useTranslation } from "react-i18next";
import type { Category, Tier } from "../../../../src/domain/catalog/schema";
import "./catalog-i18n";
import { useContentLanguage } from "./use-catalog";

const TIER_ICON: Record<Tier, string> = { strong: "●●●", medium: "●●○", weak: "●○○" };

/** The signal's weight, e.g. "●●● Sterk signaal". */
export function TierLabel({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return (
    <span className={`iz-cat-tag iz-cat-tier iz-cat-tier--${tier}`}>
      <span aria-hidden="true" className="iz-cat-tier__icon">
        {TIER_ICON[tier]}
      </span>{" "}
      {t(`catalog.tier.${tier}`)}
    </span>
  );
}

/** "⚠ Acuut" for signals that may mean danger now. */
export function AcuteLabel() {
  const { t } = useTranslation();
  return (
    <span className="iz-cat-tag iz-cat-acute">
      <span aria-hidden="true">⚠</span> {t("catalog.acute.label")}
    </span>
  );
}

/** The category's name, with its colour as a left border next to the text. */
export function CategoryLabel({ category }: { category: Category }) {
  const lang = useContentLanguage();
  return (
    <span
      className="iz-cat-tag iz-cat-category"
      style={{ borderInlineStartColor: category.colour }}
    >
      {category.label[lang]}
    </span>
  );
}
