/** The retention screen's texts (keys under "retention"), registered on import. */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });
