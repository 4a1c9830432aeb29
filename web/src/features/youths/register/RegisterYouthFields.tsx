/** The input fields of the register form (the page owns state and submitting). */
import { useTranslation } from "react-i18next";
import { GENDERS } from "../values";
import { CheckboxField, SelectField, TextField } from "../form/Field";
import { fieldId } from "../form/form-problems";
import type { Organisation } from "../types";
import "../youths-i18n";
import type { YouthFormValues } from "./youth-form-values";

/** Input ids start with this prefix, followed by the field name. */
export const REGISTER_ID = "youth-";

/** The fields in form order (also the order of the error summary). */
export const REGISTER_FIELDS = [
  "displayName",
  "vNumber",
  "bsn",
  "dateOfBirth",
  "nationality",
  "languages",
  "gender",
  "locationId",
  "arrivedAt",
] as const;

/** Every input of registerYouthBody, labelled, with inline errors. */
export function RegisterYouthFields({
  values,
  onChange,
  errors,
  locations,
}: {
  values: YouthFormValues;
  onChange: (patch: Partial<YouthFormValues>) => void;
  errors: Record<string, string>;
  locations: Organisation[] | undefined;
}) {
  const { t } = useTranslation();
  const id = (f: string) => fieldId(REGISTER_ID, f);
  const f = "youths.register.fields";
  return (
    <>
      <TextField
        id={id("displayName")}
        label={t(`${f}.displayName`)}
        description={t(`${f}.displayNameHint`)}
        error={errors.displayName}
        required
        autoComplete="off"
        value={values.displayName}
        onChange={(e) => onChange({ displayName: e.target.value })}
      />
      <TextField
        id={id("vNumber")}
        label={t(`${f}.vNumber`)}
        description={t(`${f}.vNumberHint`)}
        error={errors.vNumber}
        autoComplete="off"
        spellCheck={false}
        value={values.vNumber}
        onChange={(e) => onChange({ vNumber: e.target.value })}
      />
      <TextField
        id={id("bsn")}
        label={t(`${f}.bsn`)}
        description={t(`${f}.bsnHint`)}
        error={errors.bsn}
        inputMode="numeric"
        autoComplete="off"
        value={values.bsn}
        onChange={(e) => onChange({ bsn: e.target.value })}
      />
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
      <TextField
        id={id("nationality")}
        label={t(`${f}.nationality`)}
        description={t(`${f}.nationalityHint`)}
        error={errors.nationality}
        value={values.nationality}
        onChange={(e) => onChange({ nationality: e.target.value })}
      />
      <TextField
        id={id("languages")}
        label={t(`${f}.languages`)}
        description={t(`${f}.languagesHint`)}
        error={errors.languages}
        value={values.languages}
        onChange={(e) => onChange({ languages: e.target.value })}
      />
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
        id={id("locationId")}
        label={t(`${f}.locationId`)}
        error={errors.locationId}
        required
        value={values.locationId}
        onChange={(e) => onChange({ locationId: e.target.value })}
      >
        <option value="">{locations ? t(`${f}.chooseLocation`) : t("common.loading")}</option>
        {locations?.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id("arrivedAt")}
        type="date"
        label={t(`${f}.arrivedAt`)}
        error={errors.arrivedAt}
        required
        value={values.arrivedAt}
        onChange={(e) => onChange({ arrivedAt: e.target.value })}
      />
    </>
  );
}
