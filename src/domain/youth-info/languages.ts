/**
 * The languages of the youth information pages (ADR 0020), without zod, so the web app can use
 * the list (the dossier's "geef informatie" step prints the leaflet in the youth's languages).
 */
/** The languages, in the order the language menu shows them; dir is the script's direction. */
export const YOUTH_INFO_LANGUAGES = [
  { code: "nl", dir: "ltr" },
  { code: "en", dir: "ltr" },
  { code: "ar", dir: "rtl" },
  { code: "ti", dir: "ltr" },
  { code: "fa", dir: "rtl" },
  { code: "so", dir: "ltr" },
  { code: "ps", dir: "rtl" },
  { code: "fr", dir: "ltr" },
  { code: "tr", dir: "ltr" },
] as const;
export type YouthInfoLanguage = (typeof YOUTH_INFO_LANGUAGES)[number]["code"];
export const YOUTH_INFO_CODES = YOUTH_INFO_LANGUAGES.map((l) => l.code) as [
  YouthInfoLanguage,
  ...YouthInfoLanguage[],
];
/** The Dutch text is the source every translation is checked against. */
export const SOURCE_LANGUAGE: YouthInfoLanguage = "nl";

/** The language's text direction. */
export function directionOf(code: YouthInfoLanguage): "ltr" | "rtl" {
  return YOUTH_INFO_LANGUAGES.find((l) => l.code === code)?.dir ?? "ltr";
}

/** The youth's languages (ISO codes as recorded) that have a page, in their order, else Dutch. */
export function leafletLanguages(youthLanguages: readonly string[]): YouthInfoLanguage[] {
  const codes = youthLanguages
    .map((l) => l.trim().toLowerCase())
    .filter((l): l is YouthInfoLanguage => (YOUTH_INFO_CODES as readonly string[]).includes(l));
  const unique = [...new Set(codes)];
  return unique.length > 0 ? unique : [SOURCE_LANGUAGE];
}

/**
 * Languages whose page is still our draft (ADR 0020: they need native checking). The start
 * checks this list against each file's status, so the web app's warning cannot drift.
 */
export const DRAFT_LANGUAGES: readonly YouthInfoLanguage[] = ["ti", "fa", "so", "ps", "fr", "tr"];

/**
 * The youth's recorded languages that have no page (e.g. `prs`, Dari): they are not mapped to
 * another page, since facts.md and ADR 0020 say nothing on whether a Dari speaker reads ours.
 */
export function languagesWithoutPage(youthLanguages: readonly string[]): string[] {
  const codes = youthLanguages.map((l) => l.trim().toLowerCase()).filter((l) => l.length > 0);
  return [...new Set(codes)].filter((l) => !(YOUTH_INFO_CODES as readonly string[]).includes(l));
}
