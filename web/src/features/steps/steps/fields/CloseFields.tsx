/** Close: with a reason (and why). Reopening is a new traject; history stays. */
import { useTranslation } from "react-i18next";
import { CLOSE_REASONS } from "../../../../../../src/domain/steps/options";
import { Paragraph } from "../../../../components/nlds";
import { SelectField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { str } from "../../values";
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
    </>
  );
}
