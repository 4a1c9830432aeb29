/**
 * Emergency access ("break the glass") of the last 30 days, shown to everyone who reads the
 * full dossier: who, from which organisation, why, and until when.
 */
import { useTranslation } from "react-i18next";
import type { YouthDossier } from "../../../../../src/shared/youth.schema";
import { Alert, Heading2, Paragraph, UnorderedList } from "../../../components/nlds";
import { formatDateTime } from "../format";
import "../youths-i18n";

/** Nothing when there was no emergency access. */
export function EmergencyNotices({ dossier }: { dossier: YouthDossier }) {
  const { t } = useTranslation();
  if (dossier.emergencyAccess.length === 0) return null;
  const now = Date.now();
  return (
    <section aria-labelledby="emergency-notices" className="iz-emergency-notices">
      <Alert type="warning">
        <Heading2 id="emergency-notices">
          <span aria-hidden="true">⚠ </span>
          {t("youths.emergencyNotice.title")}
        </Heading2>
        <UnorderedList>
          {dossier.emergencyAccess.map((e) => (
            <li key={`${e.userName}-${e.startedAt}`}>
              <Paragraph>
                {t("youths.emergencyNotice.entry", {
                  name: e.userName,
                  organisation: e.organisation,
                  start: formatDateTime(e.startedAt),
                })}{" "}
                {t(
                  new Date(e.expiresAt).getTime() > now
                    ? "youths.emergencyNotice.activeUntil"
                    : "youths.emergencyNotice.endedAt",
                  { date: formatDateTime(e.expiresAt) },
                )}
              </Paragraph>
              <Paragraph>
                {t("youths.emergencyNotice.reason")} <q>{e.reason}</q>
              </Paragraph>
            </li>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
