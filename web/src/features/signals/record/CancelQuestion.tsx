/**
 * "Annuleren" with something filled in: keep the draft for later, throw it away, or go on. The
 * question takes focus when it appears, so keyboard and screen-reader users land on it.
 */
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/nlds";

export function CancelQuestion({
  onKeep,
  onDiscard,
  onStay,
}: {
  onKeep: () => void;
  onDiscard: () => void;
  onStay: () => void;
}) {
  const { t } = useTranslation();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div role="group" aria-labelledby="sig-cancel-question" className="iz-sig-cancel">
      <p id="sig-cancel-question" ref={question} tabIndex={-1} className="utrecht-paragraph">
        <strong>{t("signals.record.cancelQuestion")}</strong>
      </p>
      <div className="iz-row">
        <Button type="button" appearance="primary-action-button" onClick={onKeep}>
          {t("signals.record.cancelKeep")}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onDiscard}>
          {t("signals.record.cancelDiscard")}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onStay}>
          {t("signals.record.cancelStay")}
        </Button>
      </div>
    </div>
  );
}
