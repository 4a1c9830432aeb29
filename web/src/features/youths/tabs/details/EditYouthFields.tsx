/** The inputs of the edit form (the form owns state and submitting). */
import { useTranslation } from "react-i18next";
import { GENDERS } from "../../values";
import { CheckboxField, SelectField, TextField } from "../../form/Field";
import { fieldId } from "../../form/form-problems";
import "../../youths-i18n";
import type { EditValues } from "./edit-values";

/** Input ids start with this prefix. */
export const EDIT_ID = "edit-";

/** Field order, for the error summary. */
export const EDIT_FIELDS = [
  "displayName",
  "vNumber",
  "bsn",
  "dateOfBirth",
  "nationality",
  "languages",
  "gender",
  "status",
] as const;

/** Statuses a user may set by editing ("missing" is recorded in the missing-youth flow). */
const EDITABLE_STATUSES = ["present", "transferred", "left_care", "closed"];

/** The edit form's fields. */
export function EditYouthFields({
  values,
  onChange,
  errors,
}: {
  values: EditValues;
  onChange: (patch: Partial<EditValues>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const id = (f: string) => fieldId(EDIT_ID, f);
  const f = "youths.register.fields";
  const statuses = EDITABLE_STATUSES.includes(values.status)
    ? EDITABLE_STATUSES
    : [values.status, ...EDITABLE_STATUSES];
  const text = (name: "displayName" | "vNumber" | "bsn" | "nationality" | "languages") => (
    <TextField
      id={id(name)}
      label={t(`${f}.${name}`)}
      error={errors[name]}
      required={name === "displayName"}
      autoComplete="off"
      value={values[name]}
      onChange={(e) => onChange({ [name]: e.target.value })}
    />
  );
  return (
    <>
      {text("displayName")}
      {text("vNumber")}
      {text("bsn")}
      <TextField
        id={id("dateOfBirth")}
        type="date"
        label={t(`${f}.dateOfBirth`)}
        error={errors.dateOfBirth}
        required
        value={values.dateOfBirth}
        onChange={(e) => onChange({ dateOfBirth: e.target.value })}
      />
      <CheckboxField
        id={id("dateOfBirthEstimated")}
        label={t(`${f}.dateOfBirthEstimated`)}
        checked={values.dateOfBirthEstimated}
        onChange={(checked) => onChange({ dateOfBirthEstimated: checked })}
      />
      {text("nationality")}
      {text("languages")}
      <SelectField
        id={id("gender")}
        label={t(`${f}.gender`)}
        error={errors.gender}
        value={values.gender}
        onChange={(e) => onChange({ gender: e.target.value })}
      >
        <option value="">{t(`${f}.genderNone`)}</option>
        {GENDERS.map((g) => (
          <option key={g} value={g}>
            {t(`youths.gender.${g}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id("status")}
        label={t("youths.details.status")}
        error={errors.status}
        value={values.status}
        onChange={(e) => onChange({ status: e.target.value })}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`youths.status.${s}`, { defaultValue: s })}
          </option>
        ))}
      </SelectField>
    </>
  );
}
