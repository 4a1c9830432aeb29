/** The limits and sources of a signal (zod-free, shared with the API's schema). */
export { FACTS_MAX, FACTS_MIN, SIGNAL_SOURCES } from "../../../../../src/shared/signal-values";
