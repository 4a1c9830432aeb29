/** Consult: the care team, the care coordinator, Veilig Thuis or CoMensha — anonymous allowed. */
import { useTranslation } from "react-i18next";
import { CONSULT_PARTIES } from "../../../../../../src/domain/steps/options";
import { CheckboxField, SelectField, TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { bool, str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function ConsultFields({ prefix, value, set, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={fieldId(prefix, "what.party")}
        label={t("steps.consult.party")}
        description={t("steps.consult.partyHint")}
        required
        value={str(value, "party")}
        error={errors["what.party"]}
        onChange={(e) => set("party", e.target.value)}
      >
        <option value="">{t("steps.common.choose")}</option>
        {CONSULT_PARTIES.map((p) => (
          <option key={p} value={p}>
            {t(`steps.consult.parties.${p}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fieldId(prefix, "what.partyDetail")}
        label={t("steps.consult.partyDetail")}
        value={str(value, "partyDetail")}
        error={errors["what.partyDetail"]}
        onChange={(e) => set("partyDetail", e.target.value)}
      />
      <CheckboxField
        id={fieldId(prefix, "what.anonymous")}
        label={t("steps.consult.anonymous")}
        checked={bool(value, "anonymous")}
        onChange={(v) => set("anonymous", v)}
      />
      <TextField
        id={fieldId(prefix, "what.consultedOn")}
        type="date"
        max={today()}
        label={t("steps.consult.on")}
        required
        value={str(value, "consultedOn")}
        error={errors["what.consultedOn"]}
        onChange={(e) => set("consultedOn", e.target.value)}
      />
      <TextareaField
        id={fieldId(prefix, "what.advice")}
        label={t("steps.consult.advice")}
        required
        rows={4}
        value={str(value, "advice")}
        error={errors["what.advice"]}
        onChange={(e) => set("advice", e.target.value)}
      />
    </>
  );
}
