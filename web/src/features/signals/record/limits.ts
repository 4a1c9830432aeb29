/**
 * The limits and sources of a signal, as in src/shared/signal.schema.ts. Copied here because
 * that module builds zod schemas when it loads, and the web app should not ship zod for three
 * constants; limits.test.ts keeps both in step.
 */

/** Minimum length of the facts (trimmed). */
export const FACTS_MIN = 10;
/** Maximum length of the facts (trimmed). */
export const FACTS_MAX = 4000;
/** Where a signal came from. */
export const SIGNAL_SOURCES = ["own_observation", "youth_told", "third_party"] as const;
