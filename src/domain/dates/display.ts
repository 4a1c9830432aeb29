/**
 * Dates and times as documents print them: the screens' long format ("6 december 2026") in the
 * document's language, and times in Dutch local time with the zone named ("20:42 (Nederlandse
 * tijd, CET)"), never UTC. Pure: Intl with an explicit time zone, so the server's own zone
 * does not matter.
 */

/** The zone every InZicht user works in. */
export const DUTCH_TIME_ZONE = "Europe/Amsterdam";

export type DocumentLanguage = "nl" | "en";

const LOCALE: Record<DocumentLanguage, string> = { nl: "nl-NL", en: "en-GB" };
const ZONE_WORDS: Record<DocumentLanguage, string> = { nl: "Nederlandse tijd", en: "Dutch time" };

/** A calendar date (YYYY-MM-DD) stays that date; a timestamp becomes its date in Amsterdam. */
function toDate(value: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "6 december 2026" (nl) / "6 December 2026" (en); "—" when empty, the input when unreadable. */
export function longDate(value: string | null | undefined, lang: DocumentLanguage = "nl"): string {
  if (!value) return "—";
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(LOCALE[lang], {
    dateStyle: "long",
    timeZone: DUTCH_TIME_ZONE,
  }).format(date);
}

/**
 * "29 november 2026, 20:42 (Nederlandse tijd, CET)"; a bare date prints as `longDate`.
 * CET in winter, CEST in summer, as Intl names the zone at that moment.
 */
export function longDateTime(
  value: string | null | undefined,
  lang: DocumentLanguage = "nl",
): string {
  if (!value) return "—";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return longDate(value, lang);
  const date = toDate(value);
  if (!date) return value;
  const parts = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
    timeZone: DUTCH_TIME_ZONE,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  const zone = zoneAbbreviation(part("timeZoneName"));
  return `${longDate(value, lang)}, ${part("hour")}:${part("minute")} (${ZONE_WORDS[lang]}, ${zone})`;
}

/** en-GB names the Amsterdam zone "CET"/"CEST", or "GMT+1"/"GMT+2" on a small ICU. */
function zoneAbbreviation(name: string): string {
  if (name === "GMT+1") return "CET";
  if (name === "GMT+2") return "CEST";
  return name;
}
