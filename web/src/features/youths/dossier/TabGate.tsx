/**
 * Renders one dossier tab: checks the tab's ability (a hidden tab opened by URL says so, an
 * index tab the user may not see sends them to their first allowed tab) and lazy-loads it.
 */
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { Paragraph } from "../../../components/nlds";
import { visibleTabs, type DossierTab } from "../dossier-tabs";
import "../youths-i18n";
import { useDossier } from "./dossier-context";

/** The element of a dossier tab route. */
export function TabGate({ tab }: { tab: DossierTab }) {
  const { t } = useTranslation();
  const dossier = useDossier();
  const allowed = !tab.ability || dossier.abilities[tab.ability] === true;
  if (!allowed) {
    const first = visibleTabs(dossier.abilities)[0];
    if (tab.path === "" && first) {
      return <Navigate to={`/youths/${dossier.id}/${first.path}`} replace />;
    }
    return <Paragraph>{t("youths.tabs.notForYou")}</Paragraph>;
  }
  const Element = tab.element;
  return (
    <Suspense fallback={<Paragraph role="status">{t("common.loading")}</Paragraph>}>
      <Element />
    </Suspense>
  );
}
