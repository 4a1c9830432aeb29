/**
 * Tiny pure date helpers for the picture: whole UTC days, never the clock. A datetime without a
 * zone is read as UTC so the result never depends on the server's time zone.
 */

const MS_PER_DAY = 86_400_000;
const HAS_ZONE = /(?:z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since 1970-01-01 UTC of an ISO date or datetime; NaN when unparseable. */
export function utcMs(iso: string): number {
  const text = DATE_ONLY.test(iso) || HAS_ZONE.test(iso) ? iso : `${iso}Z`;
  return new Date(text).getTime();
}

/** Days since 1970-01-01 (UTC) of an ISO date (`YYYY-MM-DD`) or datetime; NaN when unparseable. */
export function utcDay(iso: string): number {
  return Math.floor(utcMs(iso) / MS_PER_DAY);
}

/**
 * Whole days from the day of `iso` to `nowDay` (0 = today, negative = in the future). An
 * unparseable date counts as today: the engine errs on the side of noticing.
 */
export function daysAgo(iso: string, nowDay: number): number {
  const day = utcDay(iso);
  return Number.isNaN(day) ? 0 : nowDay - day;
}
