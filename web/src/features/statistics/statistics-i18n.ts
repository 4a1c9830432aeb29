/** The statistics screen's texts (keys under "statistics"), registered when the screen loads. */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });

/** The registered texts, for the parity test. */
export const statisticsTexts = { nl, en };
