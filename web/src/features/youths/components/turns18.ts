/**
 * Which "turns 18" line a youth gets. PRODUCT.md (B): "Turns 18 in N months" is always visible —
 * for every youth under 18, not only in the last year. Up to two years ahead (every 16- and
 * 17-year-old) it counts in months; further ahead in whole years ("wordt over 5 jaar 18").
 */

/** Months until 18 up to which the line counts in months; beyond it counts in years. */
export const TURNS_18_IN_MONTHS_UP_TO = 24;

/** The i18n key and count of the "turns 18" line, or null when the youth is 18 or older. */
export function turns18Text(turns18InMonths: number | null): { key: string; count: number } | null {
  if (turns18InMonths === null) return null;
  return turns18InMonths <= TURNS_18_IN_MONTHS_UP_TO
    ? { key: "youths.age.turns18", count: turns18InMonths }
    : { key: "youths.age.turns18Years", count: Math.floor(turns18InMonths / 12) };
}
