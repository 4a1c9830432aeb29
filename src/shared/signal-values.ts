/**
 * The closed values and limits of a signal, without zod, so the web app can import them without
 * shipping zod; signal.schema.ts builds its schemas from these.
 */

/** Where a signal came from. */
export const SIGNAL_SOURCES = ["own_observation", "youth_told", "third_party"] as const;
/** Minimum length of the facts (trimmed). */
export const FACTS_MIN = 10;
/** Maximum length of the facts (trimmed). */
export const FACTS_MAX = 4000;
