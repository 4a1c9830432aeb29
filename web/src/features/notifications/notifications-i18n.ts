/** The notification screen's texts (keys under "notifications"), registered on import. */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });

/** The registered texts, for tests that check both languages have the same keys. */
export const notificationTexts = { nl, en };
