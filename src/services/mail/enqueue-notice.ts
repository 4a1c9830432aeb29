/**
 * Queues a notice mail ("Er is iets nieuws voor je in InZicht" + a link to the notifications).
 * A notice has no parameters — its link is always NOTICE_PATH — so nothing is stored encrypted.
 */
import { randomUUID } from "node:crypto";
import { insertOutboxMail } from "../../db/repositories/mail-outbox.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import type { MailLanguage } from "./templates.js";

/** Where a notice links to: the user's own notifications (after logging in). */
export const NOTICE_PATH = "/notifications";

export async function enqueueNotice(
  db: Db,
  mail: {
    template: "notice" | "notice_digest";
    recipient: string;
    language: MailLanguage;
    at: string;
  },
): Promise<void> {
  await insertOutboxMail(db, {
    id: randomUUID(),
    template: mail.template,
    recipient: mail.recipient,
    language: mail.language,
    payload_enc: null,
    status: "pending",
    attempts: 0,
    next_attempt_at: mail.at,
    last_error: null,
    created_at: mail.at,
    sent_at: null,
  });
}
