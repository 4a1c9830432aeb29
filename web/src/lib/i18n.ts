/**
 * i18next with Dutch (default) and English. The choice is remembered in localStorage and
 * mirrored on <html lang>. Features add their own namespaces with `addTranslations`.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";
import nl from "../locales/nl.json";

export const LANGUAGES = ["nl", "en"] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
const STORAGE_KEY = "inzicht.lang";

function initialLanguage(): AppLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "nl" || stored === "en") return stored;
  } catch {
    // storage can be blocked; fall back to Dutch
  }
  return "nl";
}

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: "nl",
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

/** Switches the language, remembers it and updates <html lang>. */
export function setLanguage(lang: AppLanguage): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore
  }
}

/** Registers a feature's translations (a namespace per feature, merged into the default one). */
export function addTranslations(resources: { nl: object; en: object }): void {
  i18next.addResourceBundle("nl", "translation", resources.nl, true, false);
  i18next.addResourceBundle("en", "translation", resources.en, true, false);
}

export function currentLanguage(): AppLanguage {
  return i18next.language === "en" ? "en" : "nl";
}

export { i18next };
