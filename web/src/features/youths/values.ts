/**
 * Closed value lists the forms offer. Copies of GENDER_VALUES and CIRCLE_RELATION_VALUES in
 * src/shared/youth.schema.ts: importing values from there pulls zod (25 kB gzip) into these
 * chunks. values.test.ts keeps the copies equal.
 */

/** Genders a dossier can record. */
export const GENDERS = ["male", "female", "other", "unknown"] as const;

/** A professional's relation to one youth (their role in the circle). */
export const CIRCLE_RELATIONS = [
  "mentor",
  "guardian",
  "care_coordinator",
  "school",
  "team_lead",
  "other",
] as const;
