/** Formatting of dashboard cells: counts (or "< 10" when suppressed) and rates. */
import type { CellValue } from "../../../../src/shared/training-dashboard.schema";

/** A count in the interface language, or the suppression marker as it is. */
export function formatCell(value: CellValue, lang: string): string {
  return typeof value === "number" ? value.toLocaleString(lang) : value;
}

/** A fraction as a whole percentage, or "–" when not shown. */
export function formatRate(value: number | null): string {
  return value === null ? "–" : `${Math.round(value * 100)}%`;
}
