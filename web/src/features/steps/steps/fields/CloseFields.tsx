/**
 * Close: with a reason (and why). Reopening is a new traject; history stays. At 18 the traject is
 * not simply closed: it is handed over to adult care coordination with a handover note.
 */
import { useTranslation } from "react-i18next";
import { CLOSE_REASONS } from "../../../../../../src/domain/steps/options";
import { Paragraph } from "../../../../components/nlds";
import { SelectField, TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function CloseFields({ prefix, value, set, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t("steps.close.intro")}</Paragraph>
      <SelectField
        id={fieldId(prefix, "what.reason")}
        label={t("steps.close.reason")}
        required
        value={str(value, "reason")}
        error={errors["what.reason"]}
        onChange={(e) => set("reason", e.target.value)}
      >
        <option value="">{t("steps.common.choose")}</option>
        {CLOSE_REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`steps.close.reasons.${r}`)}
          </option>
        ))}
      </SelectField>
      {str(value, "reason") === "handover_at_18" ? (
        <>
          <Paragraph>{t("steps.close.handoverIntro")}</Paragraph>
          <TextField
            id={fieldId(prefix, "what.handoverTo")}
            label={t("steps.close.handoverTo")}
            required
            value={str(value, "handoverTo")}
            error={errors["what.handoverTo"]}
            onChange={(e) => set("handoverTo", e.target.value)}
          />
          <TextField
            id={fieldId(prefix, "what.handoverOn")}
            type="date"
            max={today()}
            label={t("steps.close.handoverOn")}
            required
            value={str(value, "handoverOn")}
            error={errors["what.handoverOn"]}
            onChange={(e) => set("handoverOn", e.target.value)}
          />
          <TextareaField
            id={fieldId(prefix, "what.handoverNote")}
            label={t("steps.close.handoverNote")}
            required
            rows={4}
            value={str(value, "handoverNote")}
            error={errors["what.handoverNote"]}
            onChange={(e) => set("handoverNote", e.target.value)}
          />
        </>
      ) : null}
    </>
  );
}
