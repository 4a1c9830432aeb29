/**
 * The closed value lists of a dossier, without zod, so the web app's forms can import them
 * without shipping zod; youth.schema.ts builds its schemas from these.
 */

/** Genders a dossier can record. */
export const GENDER_VALUES = ["male", "female", "other", "unknown"] as const;

/** A professional's relation to one youth (their role in the circle), from the domain. */
export { CIRCLE_RELATIONS as CIRCLE_RELATION_VALUES } from "../domain/roles.js";
