/**
 * Every job of the app, one line each (ADR 0018). A job is a plain function of (deps, data);
 * `everyMinutes` makes it a timer that runs once per period across all instances. To add one:
 * write the handler in its own service area and add a line here.
 */
import { recomputeAllPictures } from "../picture/recompute-all.js";
import { sendNoticeDigests } from "../notices/send-notice-digests.js";
import { computeStatistics } from "../statistics/compute-statistics.js";
import { runRetention } from "../retention/run-retention.js";
import { sendReviewReminders } from "../steps/send-review-reminders.js";
import type { ServiceDeps } from "../deps.js";
import type { JobDefinition } from "./job-queue.js";

/**
 * Time windows (acute = 7 days, long window = 12 months) move with the clock: refresh the
 * pictures computed more than a day ago.
 */
export async function refreshPictures(deps: ServiceDeps): Promise<void> {
  await recomputeAllPictures(deps, { olderThan: new Date(deps.clock().getTime() - 86_400_000) });
}

/** Reminders for reviews that fall due (each sent once, claimed by a conditional update). */
export async function remindReviews(deps: ServiceDeps): Promise<void> {
  await sendReviewReminders(deps, deps.clock());
}

export const JOBS: readonly JobDefinition[] = [
  { name: "picture-refresh", run: refreshPictures, everyMinutes: 60 },
  { name: "review-reminders", run: remindReviews, everyMinutes: 5 },
  // Daily notice digests (issue 19): checked hourly; each user gets at most one a day.
  {
    name: "notice-digests",
    run: async (deps) => void (await sendNoticeDigests(deps)),
    everyMinutes: 60,
  },
  // The anonymous statistics table (issue 23): recomputed from the records once a day.
  {
    name: "statistics-refresh",
    run: async (deps) => void (await computeStatistics(deps)),
    everyMinutes: 24 * 60,
  },
  // Retention (issue 22, docs/retention.md): removes what has expired, once a day.
  {
    name: "retention",
    run: async (deps) => void (await runRetention(deps)),
    everyMinutes: 24 * 60,
  },
];
