/**
 * The steps feature's texts (keys under "steps"), registered when any screen of this feature
 * loads. Import this module for its side effect from every screen and widget of the feature.
 */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });

/** The registered texts, for tests that check both languages have the same keys. */
export const stepTexts = { nl, en };
