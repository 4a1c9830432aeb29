/** The patterns screens' texts (keys under "patterns"), registered on import. */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });
