/**
 * Small-cell suppression for aggregates shown to researchers (PRODUCT.md K): counts below 10 are
 * shown as "< 10", and rates built on fewer than 10 cases are withheld. Pure.
 */

export const SMALL_CELL = "< 10";
export const SMALL_CELL_THRESHOLD = 10;

/** A count, or the "< 10" marker when it is suppressed. */
export type Cell = number | typeof SMALL_CELL;

/** The count as shown: unchanged when not suppressing, "< 10" for small counts. */
export function cell(count: number, suppress: boolean): Cell {
  return suppress && count < SMALL_CELL_THRESHOLD ? SMALL_CELL : count;
}

/** A fraction, or null when its denominator is zero or (when suppressing) a small cell. */
export function rate(numerator: number, denominator: number, suppress: boolean): number | null {
  if (denominator === 0) return null;
  if (suppress && denominator < SMALL_CELL_THRESHOLD) return null;
  return numerator / denominator;
}
