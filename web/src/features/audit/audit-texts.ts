/** The access-log texts without registering them (for tests that run without i18next). */
import en from "./locales/en.json";
import nl from "./locales/nl.json";

/** Both languages' texts. */
export const auditTexts = { nl, en };
