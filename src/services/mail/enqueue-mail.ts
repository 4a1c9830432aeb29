/** Puts a mail in the outbox, inside the caller's transaction; sending happens later. */
import { randomUUID } from "node:crypto";
import { field } from "../../db/encrypted-columns.js";
import { insertOutboxMail } from "../../db/repositories/mail-outbox.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import type { ServiceDeps } from "../deps.js";
import type { MailLanguage, MailPayload, MailTemplate } from "./templates.js";

/** Inserts a pending mail (due at once) and returns its id. Never talks to the SMTP server. */
export async function enqueueMail(
  deps: Pick<ServiceDeps, "crypto">,
  trx: Db,
  mail: {
    template: MailTemplate;
    recipient: string;
    language: MailLanguage;
    payload: MailPayload;
    now: Date;
  },
): Promise<string> {
  const id = randomUUID();
  const at = mail.now.toISOString();
  await insertOutboxMail(trx, {
    id,
    template: mail.template,
    recipient: mail.recipient,
    language: mail.language,
    payload_enc: deps.crypto.encrypt(
      JSON.stringify(mail.payload),
      field("mail_outbox", "payload_enc", id),
    ),
    status: "pending",
    attempts: 0,
    next_attempt_at: at,
    last_error: null,
    created_at: at,
    sent_at: null,
  });
  return id;
}
