/**
 * "Dossier niet gevonden of geen toegang": the API answers 404 both for a dossier that does
 * not exist and for one outside the user's reach, so the page says both. Professionals can
 * ask the circle for access; care coordinators and team leads can use emergency access.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading1, Heading2, Paragraph } from "../../../components/nlds";
import { usePageTitle } from "../../../components/PageTitle";
import { hasRole, useSession } from "../../../lib/session";
import { AccessRequestForm } from "../access/AccessRequestForm";
import { EmergencyAccessForm } from "../access/EmergencyAccessForm";
import "../youths-i18n";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CASEWORK = ["mentor", "guardian", "care_coordinator", "school", "team_lead"];

/** The page shown instead of a dossier after a 404. */
export function DossierNotFound({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  usePageTitle(t("youths.notFound.title"));
  const { data: session } = useSession();
  const valid = UUID.test(youthId);
  return (
    <>
      <Heading1>{t("youths.notFound.title")}</Heading1>
      <Paragraph>{t("youths.notFound.body")}</Paragraph>
      <Paragraph>
        <Link to="/youths">{t("youths.notFound.back")}</Link>
      </Paragraph>
      {valid && hasRole(session, ...CASEWORK) && (
        <section aria-labelledby="request-access" className="iz-card">
          <Heading2 id="request-access">{t("youths.access.title")}</Heading2>
          <Paragraph>{t("youths.access.intro")}</Paragraph>
          <AccessRequestForm youthId={youthId} idPrefix="access-" />
        </section>
      )}
      {valid && hasRole(session, "care_coordinator", "team_lead") && (
        <section aria-labelledby="emergency-access">
          <Heading2 id="emergency-access">{t("youths.emergency.title")}</Heading2>
          <Paragraph>{t("youths.emergency.intro")}</Paragraph>
          <EmergencyAccessForm youthId={youthId} />
        </section>
      )}
    </>
  );
}
