/** The parts of a report the professional writes or checks, per kind. */
import { useTranslation } from "react-i18next";
import { VT_CONSENT_STATUSES } from "../../../../../src/domain/steps/consent";
import type { ReportKind } from "../../../../../src/shared/reports.schema";
import {
  POLICE_MODES,
  REFLECTION_PERIOD_STATES,
  REPORT_EXPLOITATION_TYPES,
} from "../../../../../src/domain/steps/options";
import { Alert, Paragraph } from "../../../components/nlds";
import { CheckboxField, TextField, TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { CheckboxGroup, RadioGroup } from "../components/ChoiceField";
import { bool, list, obj, str, type Loose } from "../values";

interface Props {
  kind: ReportKind;
  prefix: string;
  form: Loose;
  set: (key: string, v: unknown) => void;
  errors: Record<string, string>;
}

function Text({
  p,
  field,
  rows,
  required,
}: {
  p: Props;
  field: string;
  rows?: number;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const common = {
    id: fieldId(p.prefix, `form.${field}`),
    label: t(`steps.reports.field.${field}`),
    required,
    value: str(p.form, field),
    error: p.errors[`form.${field}`],
  };
  return rows ? (
    <TextareaField {...common} rows={rows} onChange={(e) => p.set(field, e.target.value)} />
  ) : (
    <TextField {...common} onChange={(e) => p.set(field, e.target.value)} />
  );
}

export function ReportFields(p: Props) {
  const { t } = useTranslation();
  const { kind, prefix, form, set, errors } = p;
  const reporter = obj(form, "reporter");
  const check = (field: string) => (
    <CheckboxField
      id={fieldId(prefix, `form.${field}`)}
      label={t(`steps.reports.field.${field}`)}
      checked={bool(form, field)}
      onChange={(v) => set(field, v)}
    />
  );
  return (
    <>
      {kind === "comensha" ? (
        <>
          <CheckboxGroup
            id={fieldId(prefix, "form.exploitationTypes")}
            legend={t("steps.reports.field.exploitationTypes")}
            values={list(form, "exploitationTypes")}
            error={errors["form.exploitationTypes"]}
            onChange={(v) => set("exploitationTypes", v)}
            choices={REPORT_EXPLOITATION_TYPES.map((x) => ({
              value: x,
              label: t(`steps.reports.types.${x}`),
            }))}
          />
          <Text p={p} field="description" rows={6} required />
          <Text p={p} field="situation" rows={3} />
          {check("shelterNeeded")}
          <Alert type="info">
            <Paragraph>{t("steps.reports.residence")}</Paragraph>
          </Alert>
          <RadioGroup
            id={fieldId(prefix, "form.reflectionPeriod")}
            legend={t("steps.reports.field.reflectionPeriod")}
            value={str(form, "reflectionPeriod")}
            error={errors["form.reflectionPeriod"]}
            onChange={(v) => set("reflectionPeriod", v)}
            choices={REFLECTION_PERIOD_STATES.map((x) => ({
              value: x,
              label: t(`steps.reports.reflection.${x}`),
            }))}
          />
          {check("cannotCooperateWithPolice")}
          <Text p={p} field="residenceNote" rows={2} />
        </>
      ) : null}
      {kind === "veilig_thuis" ? (
        <>
          <Text p={p} field="concern" rows={6} required />
          {check("acuteDanger")}
          <Text p={p} field="stepsTaken" rows={3} />
          <Alert type="info">
            <Paragraph>{t("steps.reports.meldrecht")}</Paragraph>
          </Alert>
          <RadioGroup
            id={fieldId(prefix, "form.consentStatus")}
            legend={t("steps.reports.field.consentStatus")}
            value={str(form, "consentStatus")}
            error={errors["form.consentStatus"]}
            onChange={(v) => set("consentStatus", v)}
            choices={VT_CONSENT_STATUSES.map((x) => ({
              value: x,
              label: t(`steps.reports.vtConsent.${x}`),
            }))}
          />
          {check("youthKnows")}
          <Text p={p} field="consentNote" rows={2} />
        </>
      ) : null}
      {kind === "police" ? (
        <>
          <RadioGroup
            id={fieldId(prefix, "form.mode")}
            legend={t("steps.reports.field.mode")}
            value={str(form, "mode")}
            error={errors["form.mode"]}
            onChange={(v) => set("mode", v)}
            choices={POLICE_MODES.map((x) => ({ value: x, label: t(`steps.reports.modes.${x}`) }))}
          />
          <Text p={p} field="facts" rows={6} required />
          <Text p={p} field="leads" rows={3} />
          {check("youthKnows")}
          <RadioGroup
            id={fieldId(prefix, "form.youthWantsToReport")}
            legend={t("steps.reports.field.youthWantsToReport")}
            value={str(form, "youthWantsToReport")}
            onChange={(v) => set("youthWantsToReport", v)}
            choices={["yes", "no", "not_asked"].map((x) => ({
              value: x,
              label: t(`steps.reports.wants.${x}`),
            }))}
          />
          <Alert type="warning">
            <Paragraph>
              <strong>{t("steps.decide.nonPunishmentTitle")}</strong>{" "}
              {t("steps.decide.nonPunishment")}
            </Paragraph>
          </Alert>
          {check("nonPunishmentNoted")}
        </>
      ) : null}
      <TextField
        id={fieldId(prefix, "form.reporter.phone")}
        type="tel"
        label={t("steps.reports.field.phone")}
        value={str(reporter, "phone")}
        error={errors["form.reporter.phone"]}
        onChange={(e) => set("reporter", { ...reporter, phone: e.target.value })}
      />
    </>
  );
}
