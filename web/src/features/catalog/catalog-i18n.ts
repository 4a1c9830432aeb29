/**
 * The catalogue screens' interface texts (keys under "catalog"), registered when any
 * catalogue module loads. Content texts come from the catalogue itself.
 */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });
