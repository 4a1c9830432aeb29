/**
 * The published figures (issue 23): what each counts, what it breaks down by, and what it is
 * about for suppression. Special-category data (vulnerability factors such as health or sexual
 * orientation) is never an input of any figure: no figure reads vulnerability entries.
 */
import { REPORT_KINDS } from "../steps/options.js";

export const STATISTICS_THRESHOLD = 10;

export const FIGURE_IDS = [
  "signals-by-category",
  "youths-by-level",
  "level-changes",
  "reports-by-kind",
  "reports-by-consent",
  "missing-by-duration",
  "missing-return-conversation",
  "time-to-step",
  "trained-professionals",
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface FigureDefinition {
  id: FigureId;
  /** events: dated facts over months → quarters → all; snapshot: one fact per youth per quarter end. */
  kind: "events" | "snapshot";
  /** Who a cell is about, for the "< 10" rule. */
  subject: "youth" | "professional";
  /** The breakdown's values, in display order (a value without facts still shows, as "< 10"). */
  breakdown: readonly string[] | "catalogue-categories" | "training-modules";
  /** The cell carries quartiles of a measurement (days, hours). */
  measure?: "days" | "hours";
}

const LEVELS = ["0", "1", "2", "3", "4"];

export const FIGURES: Record<FigureId, FigureDefinition> = {
  "signals-by-category": {
    id: "signals-by-category",
    kind: "events",
    subject: "youth",
    breakdown: "catalogue-categories",
  },
  "youths-by-level": {
    id: "youths-by-level",
    kind: "snapshot",
    subject: "youth",
    breakdown: LEVELS,
  },
  "level-changes": {
    id: "level-changes",
    kind: "events",
    subject: "youth",
    breakdown: ["up", "down"],
  },
  "reports-by-kind": {
    id: "reports-by-kind",
    kind: "events",
    subject: "youth",
    breakdown: REPORT_KINDS,
  },
  "reports-by-consent": {
    id: "reports-by-consent",
    kind: "events",
    subject: "youth",
    breakdown: ["youth", "guardian", "none"],
  },
  "missing-by-duration": {
    id: "missing-by-duration",
    kind: "events",
    subject: "youth",
    breakdown: ["under-24h", "1-7-days", "over-7-days", "ongoing"],
    measure: "hours",
  },
  "missing-return-conversation": {
    id: "missing-return-conversation",
    kind: "events",
    subject: "youth",
    breakdown: ["with-conversation", "without-conversation"],
  },
  "time-to-step": {
    id: "time-to-step",
    kind: "events",
    subject: "youth",
    breakdown: ["circle-discussion", "care-coordinator", "report"],
    measure: "days",
  },
  "trained-professionals": {
    id: "trained-professionals",
    kind: "events",
    subject: "professional",
    breakdown: "training-modules",
  },
};

/** "2026-11" → "2026-Q4". */
export function quarterOf(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}

/** The period path of a dated fact: all → quarter → month. Dates are coarsened to the month. */
export function eventPeriod(isoDate: string): string[] {
  const month = isoDate.slice(0, 7);
  return ["*", quarterOf(month), month];
}

/** The last instant of a quarter, as an ISO string ("2026-Q4" → "2026-12-31T23:59:59.999Z"). */
export function quarterEnd(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return new Date(Date.UTC(year, q * 3, 1) - 1).toISOString();
}

/** Every quarter from the one holding `from` up to and including the one holding `to`. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let q = Math.ceil(Number(from.slice(5, 7)) / 3);
  const last = quarterOf(to.slice(0, 7));
  for (;;) {
    const label = `${year}-Q${q}`;
    out.push(label);
    if (label >= last || out.length > 400) break;
    q++;
    if (q === 5) {
      q = 1;
      year++;
    }
  }
  return out;
}

/** Duration band of a missing episode, by hours gone (null while it is still open). */
export function missingBand(hours: number | null): string {
  if (hours === null) return "ongoing";
  if (hours < 24) return "under-24h";
  if (hours <= 24 * 7) return "1-7-days";
  return "over-7-days";
}
