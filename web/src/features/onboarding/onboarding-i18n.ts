/** The onboarding screens' texts (keys under "onboarding"), registered on import. */
import { addTranslations } from "../../lib/i18n";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

addTranslations({ nl, en });
