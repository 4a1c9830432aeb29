/**
 * Which leaflets the "geef informatie" step offers for a youth's recorded languages: each with
 * whether it is a draft (ADR 0020: drafts need native checking), and the recorded languages
 * without a page, so the step says plainly when it falls back to Dutch.
 */
import {
  DRAFT_LANGUAGES,
  languagesWithoutPage,
  leafletLanguages,
  type YouthInfoLanguage,
} from "../../../../../../src/domain/youth-info/languages";

export interface LeafletChoices {
  leaflets: { code: YouthInfoLanguage; draft: boolean }[];
  /** Recorded languages with no page (codes as recorded, e.g. "prs"). */
  missing: string[];
  /** True when none of the youth's languages has a page and the Dutch one is offered. */
  fallback: boolean;
}

export function leafletChoices(youthLanguages: readonly string[]): LeafletChoices {
  const leaflets = leafletLanguages(youthLanguages).map((code) => ({
    code,
    draft: DRAFT_LANGUAGES.includes(code),
  }));
  const missing = languagesWithoutPage(youthLanguages);
  const hasNl = youthLanguages.some((l) => l.trim().toLowerCase() === "nl");
  const fallback = missing.length > 0 && !hasNl && leaflets.every((l) => l.code === "nl");
  return { leaflets, missing, fallback };
}
