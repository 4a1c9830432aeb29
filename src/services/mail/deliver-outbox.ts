/**
 * Sends the outbox's due mails over SMTP, with retries and backoff. A plain function of
 * (deps, options), so the job queue can run it (branch jobs); for now `startMailDelivery` calls
 * it on a short interval in the server process. Several instances may run it at once: each mail
 * is claimed before it is sent (claimMail), so it goes out once per attempt.
 */
import { field } from "../../db/encrypted-columns.js";
import {
  claimMail,
  findDueMails,
  markMailAttemptFailed,
  markMailSent,
} from "../../db/repositories/mail-outbox.repository.js";
import type { ServiceDeps } from "../deps.js";
import { NOTICE_PATH } from "./enqueue-notice.js";
import { mailTransport } from "./mail-transport.js";
import { isMailTemplate, mailLanguage, renderMail, type MailPayload } from "./templates.js";

/** Attempts before a mail is marked failed, and the first wait (doubled after each attempt). */
export const MAIL_RETRY = { maxAttempts: 5, firstBackoffMs: 30_000, leaseMs: 120_000 } as const;

export interface DeliveryResult {
  sent: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Mails given up on (visible to the system admin). */
  failed: number;
}

/** The wait after the n-th failed attempt (1-based): 30 s, 1 min, 2 min, 4 min… */
export function backoffMs(attempt: number): number {
  return MAIL_RETRY.firstBackoffMs * 2 ** Math.max(0, attempt - 1);
}

/** A mail's parameters: decrypted, or a notice's fixed link; throws when a link is missing. */
function payloadOf(
  deps: Pick<ServiceDeps, "crypto">,
  row: { id: string; template: string; payload_enc: string | null },
): MailPayload {
  if (row.payload_enc !== null)
    return JSON.parse(
      deps.crypto.decrypt(row.payload_enc, field("mail_outbox", "payload_enc", row.id)),
    ) as MailPayload;
  if (row.template === "notice" || row.template === "notice_digest") return { path: NOTICE_PATH };
  throw new Error(`no parameters for ${row.template}`);
}

/** Sends up to `limit` due mails. Without INZICHT_SMTP_URL nothing is sent (demo: dev outbox). */
export async function deliverOutbox(
  deps: Pick<ServiceDeps, "db" | "crypto" | "clock" | "config">,
  options: { limit: number },
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const { smtpUrl, from, publicUrl } = deps.config.mail;
  if (!smtpUrl) return result;
  const now = deps.clock();
  const due = await findDueMails(deps.db, now.toISOString(), options.limit);
  for (const row of due) {
    const leaseUntil = new Date(now.getTime() + MAIL_RETRY.leaseMs).toISOString();
    if (!(await claimMail(deps.db, row, leaseUntil))) continue;
    const attempt = row.attempts + 1;
    try {
      if (!isMailTemplate(row.template)) throw new Error(`unknown template: ${row.template}`);
      const payload = payloadOf(deps, row);
      const mail = renderMail(row.template, mailLanguage(row.language), payload, publicUrl);
      await mailTransport(smtpUrl).sendMail({
        from,
        to: row.recipient,
        subject: mail.subject,
        text: mail.text,
      });
      await markMailSent(deps.db, row.id, deps.clock().toISOString());
      result.sent += 1;
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      const giveUp = attempt >= MAIL_RETRY.maxAttempts;
      const retryAt = giveUp
        ? null
        : new Date(deps.clock().getTime() + backoffMs(attempt)).toISOString();
      await markMailAttemptFailed(deps.db, row.id, error, retryAt);
      if (giveUp) result.failed += 1;
      else result.retrying += 1;
    }
  }
  return result;
}

/** Runs deliverOutbox every `seconds` in this process until stopped (until the job queue lands). */
export function startMailDelivery(
  deps: Pick<ServiceDeps, "db" | "crypto" | "clock" | "config">,
  options: { seconds: number; log: { error(obj: object, msg: string): void } },
): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverOutbox(deps, { limit: 50 })
      .catch((e: unknown) =>
        options.log.error(
          { err: e instanceof Error ? e.message : String(e) },
          "mail delivery failed",
        ),
      )
      .finally(() => {
        running = false;
      });
  }, options.seconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
