/** Monitor: safety agreements, who does what, and the next review date with a responsible person. */
import { useTranslation } from "react-i18next";
import { SelectField, TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function MonitorFields({ prefix, value, set, errors, people }: StepFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextareaField
        id={fieldId(prefix, "what.safetyAgreements")}
        label={t("steps.monitor.agreements")}
        required
        rows={3}
        value={str(value, "safetyAgreements")}
        error={errors["what.safetyAgreements"]}
        onChange={(e) => set("safetyAgreements", e.target.value)}
      />
      <TextareaField
        id={fieldId(prefix, "what.responsibilities")}
        label={t("steps.monitor.responsibilities")}
        description={t("steps.monitor.responsibilitiesHint")}
        rows={3}
        value={str(value, "responsibilities")}
        error={errors["what.responsibilities"]}
        onChange={(e) => set("responsibilities", e.target.value)}
      />
      <TextField
        id={fieldId(prefix, "what.nextReviewOn")}
        type="date"
        min={today()}
        label={t("steps.monitor.nextReview")}
        required
        value={str(value, "nextReviewOn")}
        error={errors["what.nextReviewOn"]}
        onChange={(e) => set("nextReviewOn", e.target.value)}
      />
      <SelectField
        id={fieldId(prefix, "what.reviewResponsibleId")}
        label={t("steps.monitor.responsible")}
        description={t("steps.monitor.responsibleHint")}
        required
        value={str(value, "reviewResponsibleId")}
        error={errors["what.reviewResponsibleId"]}
        onChange={(e) => set("reviewResponsibleId", e.target.value)}
      >
        <option value="">{t("steps.common.choose")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {t("steps.person", { name: p.name, organisation: p.organisation })}
          </option>
        ))}
      </SelectField>
    </>
  );
}
