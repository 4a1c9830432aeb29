/**
 * The dossier header, on every tab: name (the page's h1), level, age with "wordt over N
 * maanden 18", V-number, location, status, and notices about the user's kind of access.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { YouthDossier } from "../../../../../src/shared/youth.schema";
import { Alert, Heading1, Paragraph } from "../../../components/nlds";
import { AgeText } from "../components/AgeText";
import { LevelBadge } from "../components/LevelBadge";
import { YouthStatus } from "../components/YouthStatus";
import "../youths-i18n";

function AccessNotices({ dossier }: { dossier: YouthDossier }) {
  const { t } = useTranslation();
  return (
    <>
      {dossier.access.kind === "emergency" && (
        <Alert type="warning">
          <Paragraph>
            <span aria-hidden="true">⚠ </span>
            {t("youths.header.emergencyAccess")}
          </Paragraph>
        </Alert>
      )}
      {dossier.access.readOnly && (
        <Alert type="info">
          <Paragraph>{t("youths.header.readOnly")}</Paragraph>
        </Alert>
      )}
      {!dossier.full && (
        <Alert type="info">
          <Paragraph>{t("youths.header.headerOnly")}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** The header of /youths/:id and all its tabs. */
export function DossierHeader({ dossier }: { dossier: YouthDossier }) {
  const { t } = useTranslation();
  return (
    <header className="iz-dossier-header iz-card">
      <div className="iz-dossier-header__title">
        <Heading1>{dossier.displayName}</Heading1>
        <LevelBadge level={dossier.level} />
      </div>
      <dl className="iz-facts">
        <div>
          <dt>{t("youths.header.age")}</dt>
          <dd>
            <AgeText
              age={dossier.age}
              turns18InMonths={dossier.turns18InMonths}
              estimated={dossier.full && dossier.dateOfBirthEstimated}
            />
          </dd>
        </div>
        {dossier.vNumber && (
          <div>
            <dt>{t("youths.header.vNumber")}</dt>
            <dd>{dossier.vNumber}</dd>
          </div>
        )}
        <div>
          <dt>{t("youths.header.location")}</dt>
          <dd>{dossier.location.name}</dd>
        </div>
        <div>
          <dt>{t("youths.header.status")}</dt>
          <dd>
            <YouthStatus status={dossier.status} />
          </dd>
        </div>
      </dl>
      <AccessNotices dossier={dossier} />
      {dossier.abilities["youth.relocate"] && (
        <Paragraph className="iz-dossier-header__actions">
          <Link
            to={`/youths/${dossier.id}/relocate`}
            className="utrecht-button utrecht-button--secondary-action iz-link-button"
          >
            {t("youths.header.relocate")}
          </Link>
        </Paragraph>
      )}
    </header>
  );
}
