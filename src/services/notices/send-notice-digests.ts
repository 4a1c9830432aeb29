/**
 * The daily digest (issue 19): one "Er is iets nieuws voor je in InZicht" mail to each user who
 * chose `daily` for a kind and has unread notifications of that kind since their last digest
 * (at most one a day). A plain function like deliverOutbox, so the job queue can run it.
 */
import {
  findDigestRecipients,
  markDigestSent,
} from "../../db/repositories/notice-preference.repository.js";
import type { ServiceDeps } from "../deps.js";
import { enqueueNotice } from "../mail/enqueue-notice.js";
import { mailLanguage } from "../mail/templates.js";

/** Queues the due digests; returns how many. */
export async function sendNoticeDigests(
  deps: Pick<ServiceDeps, "db" | "clock">,
): Promise<{ queued: number }> {
  const now = deps.clock();
  const at = now.toISOString();
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000).toISOString();
  let queued = 0;
  for (const r of await findDigestRecipients(deps.db, dayAgo)) {
    await deps.db.transaction().execute(async (trx) => {
      await enqueueNotice(trx, {
        template: "notice_digest",
        recipient: r.email,
        language: mailLanguage(r.language),
        at,
      });
      await markDigestSent(trx, r.userId, at);
    });
    queued += 1;
  }
  return { queued };
}
