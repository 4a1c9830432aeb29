/** Dates as people read them, in the interface language (nl-NL or en-GB). */
import { currentLanguage } from "../../lib/i18n";

const locale = () => (currentLanguage() === "en" ? "en-GB" : "nl-NL");

/** "3 mei 2026" for an ISO date or timestamp; "" for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long" }).format(date);
}

/** "3 mei 2026 14:05" for an ISO timestamp; "" for null. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(
    date,
  );
}
