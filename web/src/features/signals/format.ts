/** Dates as people read them, in the interface language (nl-NL or en-GB). */
import { currentLanguage } from "../../lib/i18n";

const locale = () => (currentLanguage() === "en" ? "en-GB" : "nl-NL");

function parse(value: string): Date {
  return new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
}

/** "3 mei 2026" for an ISO date or timestamp; "" for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long" }).format(date);
}

/** "3 mei 2026 14:05" for an ISO timestamp; "" for null. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** "mei 2026" for a YYYY-MM month key. */
export function formatMonth(month: string): string {
  const date = parse(`${month}-15`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(locale(), { month: "short", year: "numeric" }).format(date);
}

/** Today as YYYY-MM-DD in the user's time zone (for date inputs). */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
