/** The settings screens' texts (keys under "settings"), registered on import. */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });
