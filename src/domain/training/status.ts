/**
 * A learner's status in one module, and when a refresher is due. Completion does not expire
 * silently: with a refresher interval, a completion older than the interval shows as
 * "refresher_due". Pure: the caller passes "now".
 */

export const MODULE_STATUSES = [
  "not_started",
  "in_progress",
  "completed",
  "refresher_due",
] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

/** The parts of a progress record the status depends on. */
export interface ProgressDates {
  readonly startedAt: string;
  readonly lastPassedAt: string | null;
}

/** Adds whole calendar months to an ISO timestamp (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString();
}

/** When the refresher is due, or null without a completion or without an interval. */
export function refresherDueAt(lastPassedAt: string | null, months: number | null): string | null {
  if (lastPassedAt === null || months === null) return null;
  return addMonths(lastPassedAt, months);
}

/** The status of one module for one learner at `now`. */
export function moduleStatus(
  progress: ProgressDates | null,
  refresherMonths: number | null,
  now: Date,
): ModuleStatus {
  if (progress === null) return "not_started";
  if (progress.lastPassedAt === null) return "in_progress";
  const due = refresherDueAt(progress.lastPassedAt, refresherMonths);
  if (due !== null && due <= now.toISOString()) return "refresher_due";
  return "completed";
}

/** True when the status counts as having finished the module (also when a refresher is due). */
export const isCompletedStatus = (status: ModuleStatus): boolean =>
  status === "completed" || status === "refresher_due";
