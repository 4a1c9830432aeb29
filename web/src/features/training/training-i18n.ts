/**
 * The training screens' interface texts (keys under "training"), registered when any training
 * module loads. Module content comes from the API in the chosen language.
 */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });

/** The registered texts, for tests that check both languages have the same keys. */
export const trainingTexts = { nl, en };
