/**
 * The safety check: the seed's questions ("Loop je nu gevaar?", "Wat als je de telefoon
 * uitzet?") and more, danger now yes/no, and what was done. "Danger now" shows 112 and Veilig
 * Thuis at once (an alert region that exists before it fills) and raises a safety alert on save.
 */
import { useTranslation } from "react-i18next";
import { SAFETY_ACTIONS, SAFETY_QUESTIONS } from "../../../../../../src/domain/steps/options";
import { Alert, Paragraph } from "../../../../components/nlds";
import { TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { CallLinks } from "../../components/CallLinks";
import { CheckboxGroup, RadioGroup } from "../../components/ChoiceField";
import { list, obj, str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function SafetyCheckFields({ prefix, value, set, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  const answers = obj(value, "answers");
  const danger = str(value, "dangerNow");
  return (
    <>
      <RadioGroup
        id={fieldId(prefix, "what.dangerNow")}
        legend={t("steps.safety.dangerNow")}
        value={danger}
        error={errors["what.dangerNow"]}
        onChange={(v) => set("dangerNow", v)}
        choices={["yes", "no", "unknown"].map((v) => ({
          value: v,
          label: t(`steps.safety.danger.${v}`),
        }))}
      />
      <div role="alert" className="iz-steps-acute">
        {danger === "yes" ? (
          <Alert type="error">
            <Paragraph>{t("steps.safety.acute")}</Paragraph>
            <CallLinks />
            <Paragraph>{t("steps.safety.acuteAlert")}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <TextField
        id={fieldId(prefix, "what.askedOn")}
        type="date"
        max={today()}
        label={t("steps.safety.askedOn")}
        required
        value={str(value, "askedOn")}
        error={errors["what.askedOn"]}
        onChange={(e) => set("askedOn", e.target.value)}
      />
      {SAFETY_QUESTIONS.map((q) => (
        <TextareaField
          key={q}
          id={fieldId(prefix, `what.answers.${q}`)}
          label={t(`steps.safety.q.${q}`)}
          rows={2}
          value={str(answers, q)}
          error={errors[`what.answers.${q}`]}
          onChange={(e) => set("answers", { ...answers, [q]: e.target.value })}
        />
      ))}
      <CheckboxGroup
        id={fieldId(prefix, "what.actions")}
        legend={t("steps.safety.actions")}
        description={danger === "yes" ? t("steps.safety.actionsNeeded") : undefined}
        error={errors["what.actions"]}
        values={list(value, "actions")}
        onChange={(v) => set("actions", v)}
        choices={SAFETY_ACTIONS.map((a) => ({ value: a, label: t(`steps.safety.action.${a}`) }))}
      />
    </>
  );
}
