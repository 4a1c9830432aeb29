/** Name, type and region of an organisation: the fields of the create and edit forms. */
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../youths/form/Field";
import { fieldId } from "../youths/form/form-problems";
import { ORGANISATION_TYPES } from "./types";

export interface OrganisationValues {
  name: string;
  type: string;
  region: string;
}

export const ORGANISATION_FIELDS = ["name", "type", "region"] as const;

export function OrganisationFields({
  idPrefix,
  values,
  errors,
  onChange,
}: {
  idPrefix: string;
  values: OrganisationValues;
  errors: Record<string, string>;
  onChange: (values: OrganisationValues) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={fieldId(idPrefix, "name")}
        label={t("admin.organisations.fields.name")}
        description={t("admin.organisations.fields.nameHint")}
        error={errors.name}
        required
        autoComplete="off"
        value={values.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
      />
      <SelectField
        id={fieldId(idPrefix, "type")}
        label={t("admin.organisations.fields.type")}
        error={errors.type}
        required
        value={values.type}
        onChange={(e) => onChange({ ...values, type: e.target.value })}
      >
        <option value="">{t("admin.organisations.fields.chooseType")}</option>
        {ORGANISATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`admin.organisations.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fieldId(idPrefix, "region")}
        label={t("admin.organisations.fields.region")}
        description={t("admin.organisations.fields.regionHint")}
        error={errors.region}
        autoComplete="off"
        value={values.region}
        onChange={(e) => onChange({ ...values, region: e.target.value })}
      />
    </>
  );
}
