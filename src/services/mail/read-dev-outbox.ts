/**
 * The developer's outbox in demo mode: the newest mails as they would be sent, so a demo can
 * follow an invitation link without an SMTP server. Not available outside demo mode (404).
 */
import { notFound } from "../../domain/errors.js";
import { field } from "../../db/encrypted-columns.js";
import { findRecentMails } from "../../db/repositories/mail-outbox.repository.js";
import type { DevOutboxMail } from "../../shared/mail.schema.js";
import type { ServiceDeps } from "../deps.js";
import { isMailTemplate, mailLanguage, renderMail, type MailPayload } from "./templates.js";

/** The newest 50 mails, rendered; NOT_FOUND unless the app runs in demo mode. */
export async function readDevOutbox(deps: ServiceDeps): Promise<{ items: DevOutboxMail[] }> {
  if (!deps.config.demo) throw notFound();
  const rows = await findRecentMails(deps.db, 50);
  return {
    items: rows.map((r) => {
      const language = mailLanguage(r.language);
      const template = isMailTemplate(r.template) ? r.template : "notice";
      const payload =
        r.payload_enc === null
          ? null
          : (JSON.parse(
              deps.crypto.decrypt(r.payload_enc, field("mail_outbox", "payload_enc", r.id)),
            ) as MailPayload);
      const rendered = renderMail(
        template,
        language,
        payload ?? { path: "/" },
        deps.config.mail.publicUrl,
      );
      return {
        id: r.id,
        template: r.template,
        to: r.recipient,
        status: r.status,
        createdAt: r.created_at,
        subject: rendered.subject,
        text: payload ? rendered.text : null,
      };
    }),
  };
}
