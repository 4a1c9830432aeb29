/** The inputs of the relocation form: new location, optional new mentor, the handover note. */
import { useTranslation } from "react-i18next";
import { Fieldset, Paragraph } from "../../../components/nlds";
import { SelectField, TextareaField } from "../form/Field";
import { fieldId } from "../form/form-problems";
import { useLocations, useProfessionals } from "../queries";
import "../youths-i18n";

/** Input ids start with this prefix. */
export const RELOCATE_ID = "relocate-";

/** Field order, for the error summary. */
export const RELOCATE_FIELDS = [
  "toLocationId",
  "newMentorId",
  "handover.openConcerns",
  "handover.safetyAgreements",
  "handover.nextSteps",
] as const;

/** What the relocation form holds. */
export interface RelocateValues {
  toLocationId: string;
  newMentorId: string;
  openConcerns: string;
  safetyAgreements: string;
  nextSteps: string;
}

const HANDOVER = ["openConcerns", "safetyAgreements", "nextSteps"] as const;

/** The relocation form's fields. */
export function RelocateFields({
  currentLocationId,
  values,
  onChange,
  errors,
}: {
  currentLocationId: string;
  values: RelocateValues;
  onChange: (patch: Partial<RelocateValues>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { data: locations } = useLocations();
  const to = values.toLocationId;
  const mentors = useProfessionals({ organisationId: to, role: "mentor" }, !!to);
  const r = "youths.relocate";
  return (
    <>
      <SelectField
        id={fieldId(RELOCATE_ID, "toLocationId")}
        label={t(`${r}.toLocation`)}
        error={errors.toLocationId}
        required
        value={to}
        onChange={(e) => onChange({ toLocationId: e.target.value, newMentorId: "" })}
      >
        <option value="">{locations ? t(`${r}.chooseLocation`) : t("common.loading")}</option>
        {locations
          ?.filter((l) => l.id !== currentLocationId)
          .map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
      </SelectField>
      <SelectField
        id={fieldId(RELOCATE_ID, "newMentorId")}
        label={t(`${r}.newMentor`)}
        description={t(to ? `${r}.newMentorHint` : `${r}.newMentorFirst`)}
        error={errors.newMentorId}
        disabled={!to}
        value={values.newMentorId}
        onChange={(e) => onChange({ newMentorId: e.target.value })}
      >
        <option value="">{t(`${r}.noMentor`)}</option>
        {mentors.data?.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <Fieldset legend={t(`${r}.handoverLegend`)}>
        <Paragraph className="iz-muted">{t(`${r}.handoverIntro`)}</Paragraph>
        {HANDOVER.map((key) => (
          <TextareaField
            key={key}
            id={fieldId(RELOCATE_ID, `handover.${key}`)}
            label={t(`youths.handover.${key}`)}
            description={t(`${r}.hints.${key}`)}
            error={errors[`handover.${key}`]}
            required
            rows={4}
            value={values[key]}
            onChange={(e) => onChange({ [key]: e.target.value })}
          />
        ))}
      </Fieldset>
    </>
  );
}
