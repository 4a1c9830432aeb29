/**
 * The reminder sweep: each open review due within the reminder lead time notifies its
 * responsible person once ("review_due"). Safe to run from several instances: a reminder is
 * claimed with a conditional update before the notification is written.
 */
import { listUnremindedDue, markReminded } from "../../db/repositories/review.repository.js";
import { REMINDER_LEAD_MS } from "../../domain/steps/reviews.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";

/** Sends due reminders at `now`; returns how many were sent. */
export async function sendReviewReminders(deps: ServiceDeps, now: Date): Promise<number> {
  const at = now.toISOString();
  const due = await listUnremindedDue(
    deps.db,
    new Date(now.getTime() + REMINDER_LEAD_MS).toISOString(),
  );
  let sent = 0;
  for (const r of due) {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, r.id, at))) return;
      await notifyUsers(trx, [r.responsible_id], {
        youthId: r.youth_id,
        kind: "review_due",
        level: null,
        at,
      });
      sent += 1;
    });
  }
  return sent;
}
