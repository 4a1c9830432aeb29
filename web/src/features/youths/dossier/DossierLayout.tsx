/**
 * The dossier page (/youths/:id and its tabs): the header, always; then a handover note for
 * the (new) mentor, emergency-access notices, the tab nav and the open tab. A 404 shows the
 * "not found or no access" page.
 */
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useParams } from "react-router";
import type { YouthDossier } from "../../../../../src/shared/youth.schema";
import { Alert, Heading1, Paragraph } from "../../../components/nlds";
import { usePageTitle } from "../../../components/PageTitle";
import { ApiError } from "../../../lib/api";
import { dossierTabs } from "../dossier-tabs";
import { useDossierQuery } from "../queries";
import "../youths.css";
import "../youths-i18n";
import type { DossierContext } from "./dossier-context";
import { DossierHeader } from "./DossierHeader";
import { DossierNotFound } from "./DossierNotFound";
import { DossierTabsNav } from "./DossierTabsNav";
import { EmergencyNotices } from "./EmergencyNotices";
import { HandoverNote } from "./HandoverNote";

/** A message passed in navigation state (e.g. after a relocation), shown once. */
function flashOf(state: unknown): string | null {
  if (state && typeof state === "object" && "flash" in state && typeof state.flash === "string")
    return state.flash;
  return null;
}

/** The label key of the open tab (for the document title). */
function useSectionKey(id: string): string {
  const { pathname } = useLocation();
  const rest = pathname.slice(`/youths/${id}`.length).replace(/^\/+/, "").split("/")[0] ?? "";
  if (rest === "relocate") return "youths.relocate.title";
  return dossierTabs.find((tab) => tab.path === rest)?.labelKey ?? "youths.tabs.picture";
}

function Dossier({ dossier }: { dossier: YouthDossier }) {
  const { t } = useTranslation();
  const location = useLocation();
  const sectionKey = useSectionKey(dossier.id);
  usePageTitle(`${t(sectionKey)} — ${dossier.displayName}`);
  const flash = flashOf(location.state);
  const showHandover =
    dossier.handover && dossier.access.relation === "mentor" && !dossier.access.readOnly;
  const context: DossierContext = { dossier };
  return (
    <>
      <DossierHeader dossier={dossier} />
      <div role="status" aria-live="polite">
        {flash && (
          <Alert type="ok">
            <Paragraph>{flash}</Paragraph>
          </Alert>
        )}
      </div>
      {showHandover && dossier.handover && <HandoverNote note={dossier.handover} />}
      <EmergencyNotices dossier={dossier} />
      <DossierTabsNav dossier={dossier} />
      <Outlet context={context} />
    </>
  );
}

/** The route element of /youths/:id. */
export function DossierLayout() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useDossierQuery(id);
  const status = query.error instanceof ApiError ? query.error.status : null;
  if (query.data) return <Dossier dossier={query.data} />;
  if (status === 404 || status === 400) return <DossierNotFound youthId={id} />;
  return (
    <>
      <Heading1>{t("youths.dossier.title")}</Heading1>
      {query.isError ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : (
        <Paragraph role="status">{t("common.loading")}</Paragraph>
      )}
    </>
  );
}
