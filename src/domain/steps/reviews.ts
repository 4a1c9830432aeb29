/**
 * Review dates ("evaluatiemomenten") with a responsible person: overdue and due-soon, and when a
 * reminder is sent. Pure.
 */

export const REVIEW_KINDS = ["traject", "missing_24h", "missing_72h", "missing_weekly"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** A reminder goes out this long before a review is due. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

export type ReviewUrgency = "overdue" | "due_soon" | "later";

/** How urgent an open review is at `now`. */
export function reviewUrgency(dueAt: string, now: string): ReviewUrgency {
  const due = Date.parse(dueAt);
  const at = Date.parse(now);
  if (due <= at) return "overdue";
  if (due - at <= REMINDER_LEAD_MS) return "due_soon";
  return "later";
}

/** The moment from which a reminder for this review should be sent. */
export function remindFrom(dueAt: string): string {
  return new Date(Date.parse(dueAt) - REMINDER_LEAD_MS).toISOString();
}
