/**
 * "Er bestaat mogelijk al een dossier": names the organisation(s) to contact, never content.
 * The user can ask for access to a dossier, or still create a new one.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading2, Paragraph } from "../../../components/nlds";
import { AccessRequestForm } from "../access/AccessRequestForm";
import "../youths-i18n";
import type { PossibleDuplicate } from "./youth-form-values";

/** The warning after a 409; focused when it appears. */
export function DuplicateWarning({
  duplicates,
  onConfirm,
  busy,
}: {
  duplicates: PossibleDuplicate[];
  onConfirm: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [asking, setAsking] = useState<string | null>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="duplicate-title"
      className="iz-duplicate iz-card"
    >
      <Alert type="warning">
        <Heading2 id="duplicate-title">{t("youths.duplicate.title")}</Heading2>
        <Paragraph>{t("youths.duplicate.body", { count: duplicates.length })}</Paragraph>
      </Alert>
      <ul className="iz-duplicate__list">
        {duplicates.map((d, i) => (
          <li key={d.youthId} className="iz-duplicate__item">
            <Paragraph>{t("youths.duplicate.contact", { organisation: d.organisation })}</Paragraph>
            {asking === d.youthId ? (
              <AccessRequestForm youthId={d.youthId} idPrefix={`duplicate-${i}-`} />
            ) : (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => setAsking(d.youthId)}
                aria-label={
                  duplicates.length > 1
                    ? t("youths.duplicate.askAccessAt", { organisation: d.organisation })
                    : undefined
                }
              >
                {t("youths.duplicate.askAccess")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Paragraph>{t("youths.duplicate.notTheSame")}</Paragraph>
      <Button type="button" appearance="subtle-button" disabled={busy} onClick={onConfirm}>
        {t("youths.duplicate.createAnyway")}
      </Button>
    </section>
  );
}
