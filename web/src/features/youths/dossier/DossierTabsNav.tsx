/** The tab nav of a dossier: links with aria-current on the open tab. */
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { YouthDossier } from "../../../../../src/shared/youth.schema";
import { visibleTabs } from "../dossier-tabs";
import "../youths-i18n";

/** The tabs the user may open, as a nav of links (each tab is a route). */
export function DossierTabsNav({ dossier }: { dossier: YouthDossier }) {
  const { t } = useTranslation();
  const base = `/youths/${dossier.id}`;
  return (
    <nav aria-label={t("youths.tabs.label")}>
      <ul className="iz-tabs">
        {visibleTabs(dossier.abilities).map((tab) => (
          <li key={tab.path}>
            <NavLink to={tab.path ? `${base}/${tab.path}` : base} end={!tab.path}>
              {t(tab.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
