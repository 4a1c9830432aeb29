/**
 * Decide: organise help, report to Veilig Thuis, register with CoMensha, inform or report to the
 * police, ask Nidos for beschermde opvang or a move, or no action (with a reason). The
 * afwegingskader's suggestion is shown; the police options come with the non-punishment note and
 * the verblijfsregeling (B8/3: bedenktijd, permit also without cooperation) — "is aangifte de
 * beste optie?" — to be read before the decision is saved.
 */
import { useTranslation } from "react-i18next";
import { DECISION_OPTIONS } from "../../../../../../src/domain/steps/afwegingskader";
import { Alert, Paragraph } from "../../../../components/nlds";
import { CheckboxField, TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { CheckboxGroup } from "../../components/ChoiceField";
import { bool, list, str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function DecideFields({ prefix, value, set, errors, suggestion }: StepFieldsProps) {
  const { t } = useTranslation();
  const chosen = list(value, "decisions");
  const police = chosen.includes("inform_police") || chosen.includes("report_police");
  return (
    <>
      {suggestion ? (
        <Alert type="info">
          <Paragraph>
            {t("steps.decide.suggested", {
              decisions:
                suggestion.decisions.map((d) => t(`steps.decide.options.${d}`)).join(", ") ||
                t("steps.weigh.outcome.incomplete"),
            })}
          </Paragraph>
          <Paragraph>{t("steps.decide.yourCall")}</Paragraph>
        </Alert>
      ) : null}
      <CheckboxGroup
        id={fieldId(prefix, "what.decisions")}
        legend={t("steps.decide.legend")}
        values={chosen}
        error={errors["what.decisions"]}
        onChange={(v) => set("decisions", v)}
        choices={DECISION_OPTIONS.map((d) => ({ value: d, label: t(`steps.decide.options.${d}`) }))}
      />
      {chosen.includes("organise_help") ? (
        <TextareaField
          id={fieldId(prefix, "what.helpPlan")}
          label={t("steps.decide.helpPlan")}
          required
          rows={3}
          value={str(value, "helpPlan")}
          error={errors["what.helpPlan"]}
          onChange={(e) => set("helpPlan", e.target.value)}
        />
      ) : null}
      {chosen.includes("protected_reception") ? (
        <Paragraph>{t("steps.decide.protectedReceptionHint")}</Paragraph>
      ) : null}
      <div className="iz-steps-nonpunishment">
        <Alert type="warning">
          <Paragraph>
            <strong>{t("steps.decide.nonPunishmentTitle")}</strong>{" "}
            {t("steps.decide.nonPunishment")}
          </Paragraph>
          <Paragraph>
            <strong>{t("steps.decide.residenceTitle")}</strong> {t("steps.decide.residence")}
          </Paragraph>
        </Alert>
        {police ? (
          <CheckboxField
            id={fieldId(prefix, "what.nonPunishmentNoted")}
            label={t("steps.decide.nonPunishmentRead")}
            checked={bool(value, "nonPunishmentNoted")}
            onChange={(v) => set("nonPunishmentNoted", v)}
          />
        ) : null}
      </div>
      <TextField
        id={fieldId(prefix, "what.decidedOn")}
        type="date"
        max={today()}
        label={t("steps.decide.on")}
        required
        value={str(value, "decidedOn")}
        error={errors["what.decidedOn"]}
        onChange={(e) => set("decidedOn", e.target.value)}
      />
      <TextField
        id={fieldId(prefix, "what.decidedWith")}
        label={t("steps.decide.with")}
        value={str(value, "decidedWith")}
        error={errors["what.decidedWith"]}
        onChange={(e) => set("decidedWith", e.target.value)}
      />
    </>
  );
}
