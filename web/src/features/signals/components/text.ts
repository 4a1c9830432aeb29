/** Small text helpers for lists of catalogue texts. */

/** Joins sentences ("Moet stelen." + "Wordt bedreigd.") as "Moet stelen; Wordt bedreigd". */
export function joinSentences(texts: readonly string[]): string {
  return texts.map((t) => t.trim().replace(/[.;]+$/, "")).join("; ");
}
