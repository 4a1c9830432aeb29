/**
 * The closed value lists of a dossier, without zod, so the web app's forms can import them
 * without shipping zod; youth.schema.ts builds its schemas from these.
 */

/** Genders a dossier can record. */
export const GENDER_VALUES = ["male", "female", "other", "unknown"] as const;

/** A professional's relation to one youth (their role in the circle). */
export const CIRCLE_RELATION_VALUES = [
  "mentor",
  "guardian",
  "care_coordinator",
  "school",
  "team_lead",
  "other",
] as const;
