/** The edit form's values from a dossier, and the PATCH body with only what changed. */
import type { UpdateYouthBody, YouthDossier } from "../../../../../../src/shared/youth.schema";
import { splitLanguages } from "../../register/youth-form-values";

/** What the edit form holds (strings, as inputs hold them). */
export interface EditValues {
  displayName: string;
  vNumber: string;
  bsn: string;
  dateOfBirth: string;
  dateOfBirthEstimated: boolean;
  nationality: string;
  languages: string;
  gender: string;
  status: string;
}

/** The form's starting values. */
export function editValuesOf(d: YouthDossier): EditValues {
  return {
    displayName: d.displayName,
    vNumber: d.vNumber ?? "",
    bsn: d.bsn ?? "",
    dateOfBirth: d.dateOfBirth ?? "",
    dateOfBirthEstimated: d.dateOfBirthEstimated,
    nationality: d.nationality ?? "",
    languages: d.languages.join(", "),
    gender: d.gender ?? "",
    status: d.status,
  };
}

const nullable = (s: string) => (s.trim() ? s.trim() : null);

/** The PATCH body: the version seen plus only the changed fields (empty clears a field). */
export function toUpdateBody(
  before: EditValues,
  after: EditValues,
  version: number,
): UpdateYouthBody {
  const body: UpdateYouthBody = { version };
  if (after.displayName.trim() !== before.displayName) body.displayName = after.displayName.trim();
  if (after.vNumber.trim() !== before.vNumber) body.vNumber = nullable(after.vNumber);
  if (after.bsn.trim() !== before.bsn) body.bsn = nullable(after.bsn);
  if (after.dateOfBirth !== before.dateOfBirth) body.dateOfBirth = after.dateOfBirth;
  if (after.dateOfBirthEstimated !== before.dateOfBirthEstimated)
    body.dateOfBirthEstimated = after.dateOfBirthEstimated;
  if (after.nationality.trim() !== before.nationality)
    body.nationality = nullable(after.nationality);
  const langs = splitLanguages(after.languages);
  if (langs.join(",") !== splitLanguages(before.languages).join(",")) body.languages = langs;
  if (after.gender !== before.gender)
    body.gender = (after.gender || null) as UpdateYouthBody["gender"];
  if (after.status !== before.status) body.status = after.status as UpdateYouthBody["status"];
  return body;
}

/** True when the body changes nothing (only the version). */
export function isEmptyUpdate(body: UpdateYouthBody): boolean {
  return Object.keys(body).length === 1;
}
