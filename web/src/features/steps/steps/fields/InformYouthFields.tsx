/**
 * Talk with and inform the youth — also when they will not talk ("dan praat ik wel even"):
 * what was told, in which language, and a link to the help lines to pass on. There is no youth
 * leaflet yet (youth information pages are a later issue), so the step says so and points to
 * the anonymous chats of Fier and Keerpunt.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { INFO_TOPICS, INFORM_OUTCOMES } from "../../../../../../src/domain/steps/options";
import { Paragraph } from "../../../../components/nlds";
import { CheckboxField, TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { CheckboxGroup, RadioGroup } from "../../components/ChoiceField";
import { bool, list, str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function InformYouthFields({ prefix, value, set, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        id={fieldId(prefix, "what.outcome")}
        legend={t("steps.inform.outcome")}
        value={str(value, "outcome")}
        error={errors["what.outcome"]}
        onChange={(v) => set("outcome", v)}
        choices={INFORM_OUTCOMES.map((o) => ({ value: o, label: t(`steps.inform.outcomes.${o}`) }))}
      />
      <TextField
        id={fieldId(prefix, "what.informedOn")}
        type="date"
        max={today()}
        label={t("steps.inform.on")}
        required
        value={str(value, "informedOn")}
        error={errors["what.informedOn"]}
        onChange={(e) => set("informedOn", e.target.value)}
      />
      <TextField
        id={fieldId(prefix, "what.language")}
        label={t("steps.inform.language")}
        required
        value={str(value, "language")}
        error={errors["what.language"]}
        onChange={(e) => set("language", e.target.value)}
      />
      <CheckboxField
        id={fieldId(prefix, "what.interpreter")}
        label={t("steps.inform.interpreter")}
        checked={bool(value, "interpreter")}
        onChange={(v) => set("interpreter", v)}
      />
      <CheckboxGroup
        id={fieldId(prefix, "what.topics")}
        legend={t("steps.inform.topics")}
        values={list(value, "topics")}
        onChange={(v) => set("topics", v)}
        choices={INFO_TOPICS.map((o) => ({ value: o, label: t(`steps.inform.topic.${o}`) }))}
      />
      <CheckboxField
        id={fieldId(prefix, "what.youthInfoShared")}
        label={t("steps.inform.infoShared")}
        checked={bool(value, "youthInfoShared")}
        onChange={(v) => set("youthInfoShared", v)}
      />
      <Paragraph>{t("steps.inform.noLeaflet")}</Paragraph>
      <Paragraph>
        <Link to="/contacts">{t("steps.inform.helpLines")}</Link>
      </Paragraph>
      <TextareaField
        id={fieldId(prefix, "what.youthView")}
        label={t("steps.inform.youthView")}
        rows={3}
        value={str(value, "youthView")}
        error={errors["what.youthView"]}
        onChange={(e) => set("youthView", e.target.value)}
      />
    </>
  );
}
