/**
 * Talk with and inform the youth — also when they will not talk ("dan praat ik wel even"):
 * what was told, in which language, and a link to the help lines to pass on. "Geef informatie":
 * the youth information leaflet (/info/<lang>, issue 24) is printed in the youth's languages,
 * and the languages it was given in are recorded with the step.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { INFO_TOPICS, INFORM_OUTCOMES } from "../../../../../../src/domain/steps/options";
import { YOUTH_INFO_CODES } from "../../../../../../src/domain/youth-info/languages";
import { useDossierQuery } from "../../../youths/queries";
import { Paragraph } from "../../../../components/nlds";
import { CheckboxField, TextField, TextareaField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { CheckboxGroup, RadioGroup } from "../../components/ChoiceField";
import { bool, list, str, today } from "../../values";
import { leafletChoices } from "./leaflet-choices";
import type { StepFieldsProps } from "./types";

export function InformYouthFields({ youthId, prefix, value, set, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  const dossier = useDossierQuery(youthId);
  const choices = leafletChoices(dossier.data?.languages ?? []);
  const given = list(value, "leafletLanguages");
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
      <Paragraph>{t("steps.inform.leafletHint")}</Paragraph>
      {choices.missing.length > 0 && (
        <Paragraph>
          {t(choices.fallback ? "steps.inform.leafletFallback" : "steps.inform.leafletMissing", {
            languages: choices.missing.join(", "),
          })}
        </Paragraph>
      )}
      <ul>
        {choices.leaflets.map(({ code, draft }) => (
          <li key={code}>
            <a
              href={`/info/${code}#print`}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => {
                if (!given.includes(code)) set("leafletLanguages", [...given, code]);
              }}
            >
              {t("steps.inform.leafletPrint", {
                language: t(`steps.inform.leafletLanguage.${code}`),
              })}
            </a>
            {draft && <strong> {t("steps.inform.leafletDraft")}</strong>}
          </li>
        ))}
      </ul>
      <CheckboxGroup
        id={fieldId(prefix, "what.leafletLanguages")}
        legend={t("steps.inform.leafletGiven")}
        values={given}
        onChange={(v) => set("leafletLanguages", v)}
        choices={YOUTH_INFO_CODES.map((c) => ({
          value: c,
          label: t(`steps.inform.leafletLanguage.${c}`),
        }))}
      />
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
