/**
 * "Gegevens": every field of the dossier, the location history and the latest handover note,
 * with an edit form for those allowed to change the dossier.
 */
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { YouthDossier } from "../../../../../../src/shared/youth.schema";
import { Button, Heading2, Paragraph } from "../../../../components/nlds";
import { useDossier } from "../../dossier/dossier-context";
import { HandoverNote } from "../../dossier/HandoverNote";
import { formatDate, formatDateTime } from "../../format";
import "../../youths-i18n";
import { EditYouthForm } from "./EditYouthForm";
import { LocationHistory } from "./LocationHistory";

function Facts({ dossier: d }: { dossier: YouthDossier }) {
  const { t } = useTranslation();
  const none = t("youths.details.empty");
  const rows: [string, string][] = [
    ["displayName", d.displayName],
    ["vNumber", d.vNumber ?? none],
    ["bsn", d.bsn ?? none],
    [
      "dateOfBirth",
      d.dateOfBirth
        ? `${formatDate(d.dateOfBirth)}${d.dateOfBirthEstimated ? ` ${t("youths.age.estimated")}` : ""}`
        : none,
    ],
    ["nationality", d.nationality ?? none],
    ["languages", d.languages.length ? d.languages.join(", ") : none],
    ["gender", d.gender ? t(`youths.gender.${d.gender}`, { defaultValue: d.gender }) : none],
    ["arrivedAt", formatDate(d.arrivedAt)],
    ["status", t(`youths.status.${d.status}`, { defaultValue: d.status })],
    ["createdAt", formatDateTime(d.createdAt)],
    ["updatedAt", formatDateTime(d.updatedAt)],
  ];
  return (
    <dl className="iz-facts iz-facts--rows">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`youths.details.fields.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The details tab of a dossier. */
export function DetailsTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const canEdit = dossier.abilities["youth.update"] === true;

  const done = (ok: boolean) => {
    setEditing(false);
    setSaved(ok);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="tab-details">
      <Heading2 id="tab-details">{t("youths.details.title")}</Heading2>
      <div role="status" aria-live="polite">
        {saved && <Paragraph className="iz-ok-text">{t("youths.details.saved")}</Paragraph>}
      </div>
      {editing ? (
        <EditYouthForm key={dossier.version} dossier={dossier} onDone={done} />
      ) : (
        <>
          <Facts dossier={dossier} />
          {canEdit && (
            <Button
              ref={editButton}
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("youths.details.edit")}
            </Button>
          )}
        </>
      )}
      <LocationHistory history={dossier.locationHistory} />
      {dossier.handover && <HandoverNote note={dossier.handover} level={3} />}
    </section>
  );
}
