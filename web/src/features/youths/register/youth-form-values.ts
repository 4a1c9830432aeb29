/** The register form's values (all strings, as inputs hold them) and the request body. */
import type { RegisterYouthBody } from "../../../../../src/shared/youth.schema";

/** Today as YYYY-MM-DD in the user's time zone (for date inputs). */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** What the register form holds. */
export interface YouthFormValues {
  displayName: string;
  vNumber: string;
  bsn: string;
  dateOfBirth: string;
  dateOfBirthEstimated: boolean;
  nationality: string;
  languages: string;
  gender: string;
  locationId: string;
  arrivedAt: string;
}

/** An empty form; arrival defaults to today, location to the user's own (if a location). */
export function emptyYouthForm(locationId = ""): YouthFormValues {
  return {
    displayName: "",
    vNumber: "",
    bsn: "",
    dateOfBirth: "",
    dateOfBirthEstimated: false,
    nationality: "",
    languages: "",
    gender: "",
    locationId,
    arrivedAt: todayIso(),
  };
}

/** "ar, fr" → ["ar", "fr"] */
export function splitLanguages(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** The POST /api/youths body; empty optional fields are left out. */
export function toRegisterBody(
  v: YouthFormValues,
  confirmNotDuplicate: boolean,
): RegisterYouthBody {
  const gender = v.gender as RegisterYouthBody["gender"] | "";
  return {
    displayName: v.displayName.trim(),
    vNumber: opt(v.vNumber),
    bsn: opt(v.bsn),
    dateOfBirth: v.dateOfBirth,
    dateOfBirthEstimated: v.dateOfBirthEstimated,
    nationality: opt(v.nationality),
    languages: splitLanguages(v.languages),
    gender: gender || undefined,
    locationId: v.locationId,
    arrivedAt: v.arrivedAt,
    confirmNotDuplicate,
  };
}

/** The possible duplicates named in a 409 (`errors[].path = "possibleDuplicate.<id>"`). */
export interface PossibleDuplicate {
  youthId: string;
  organisation: string;
}

/** Reads the possible duplicates out of a CONFLICT problem's errors. */
export function possibleDuplicates(
  errors: { path: string; message: string }[] | undefined,
): PossibleDuplicate[] {
  return (errors ?? []).flatMap((e) => {
    const m = /^possibleDuplicate\.(.+)$/.exec(e.path);
    return m?.[1] ? [{ youthId: m[1], organisation: e.message }] : [];
  });
}
