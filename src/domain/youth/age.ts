/**
 * Age from a date of birth, and "turns 18 in N months". Pure: `today` is passed in.
 */

/** Whole years between an ISO date of birth and an ISO date (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  if (!by || !bm || !bd || !ty || !tm || !td) return 0;
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return Math.max(0, age);
}

/** The date (YYYY-MM-DD) of the 18th birthday (29 February → 28 February in a common year). */
export function eighteenthBirthday(dateOfBirth: string): string {
  const [y, m, d] = dateOfBirth.split("-").map(Number);
  const year = (y ?? 0) + 18;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : (d ?? 1);
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Whole months until the 18th birthday, or null when that is more than `withinMonths` away or
 * already past. "Turns 18 in 0 months" means this month.
 */
export function monthsUntil18(
  dateOfBirth: string,
  today: string,
  withinMonths = 12,
): number | null {
  const birthday = eighteenthBirthday(dateOfBirth);
  if (birthday <= today) return null;
  const [by, bm, bd] = birthday.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  if (!by || !bm || !bd || !ty || !tm || !td) return null;
  let months = (by - ty) * 12 + (bm - tm);
  if (bd < td) months -= 1;
  return months <= withinMonths ? Math.max(0, months) : null;
}

const DUTCH_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * YYYY-MM-DD of a moment as a calendar date in the Netherlands (Europe/Amsterdam), so "today"
 * matches what a professional sees on their screen, also just after midnight.
 */
export function isoDate(date: Date): string {
  return DUTCH_DATE.format(date);
}
