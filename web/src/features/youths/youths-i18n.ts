/**
 * The youth screens' texts (keys under "youths"), registered when any youth module loads.
 * Import this module for its side effect from every screen or widget of this feature.
 */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });

/** The registered texts, for tests that check both languages have the same keys. */
export const youthTexts = { nl, en };
