/**
 * The CoMensha consent statement (toestemmingsverklaring): a youth of 16 or older signs, under
 * 16 the guardian signs — and only the guardian records the guardian's signature here.
 */
import { useTranslation } from "react-i18next";
import type { ConsentRule } from "../../../../../src/shared/reports.schema";
import { Alert, Paragraph } from "../../../components/nlds";
import { CheckboxField, TextField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { RadioGroup } from "../components/ChoiceField";
import { bool, str, today, type Loose } from "../values";

export function ConsentFields({
  prefix,
  rule,
  value,
  set,
  errors,
}: {
  prefix: string;
  rule: ConsentRule;
  value: Loose;
  set: (key: string, v: unknown) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset iz-steps-consent">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t("steps.consent.title")}
      </legend>
      <Alert type="info">
        <Paragraph>{t(`steps.consent.rule.${rule.requiredSigner}`, { age: rule.age })}</Paragraph>
        {rule.uncertain ? <Paragraph>{t("steps.consent.uncertain")}</Paragraph> : null}
        {rule.requiredSigner === "guardian" && !rule.actorIsGuardian ? (
          <Paragraph>{t("steps.consent.onlyGuardian")}</Paragraph>
        ) : null}
      </Alert>
      <RadioGroup
        id={fieldId(prefix, "consent.signer")}
        legend={t("steps.consent.signer")}
        value={str(value, "signer")}
        error={errors["consent.signer"]}
        onChange={(v) => set("signer", v)}
        choices={["youth", "guardian"].map((s) => ({
          value: s,
          label: t(`steps.consent.signers.${s}`),
        }))}
      />
      <TextField
        id={fieldId(prefix, "consent.signerName")}
        label={t("steps.consent.signerName")}
        required
        value={str(value, "signerName")}
        error={errors["consent.signerName"]}
        onChange={(e) => set("signerName", e.target.value)}
      />
      <TextField
        id={fieldId(prefix, "consent.signedOn")}
        type="date"
        max={today()}
        label={t("steps.consent.signedOn")}
        required
        value={str(value, "signedOn")}
        error={errors["consent.signedOn"]}
        onChange={(e) => set("signedOn", e.target.value)}
      />
      <CheckboxField
        id={fieldId(prefix, "consent.statementKept")}
        label={t("steps.consent.kept")}
        checked={bool(value, "statementKept")}
        onChange={(v) => set("statementKept", v)}
      />
    </fieldset>
  );
}
