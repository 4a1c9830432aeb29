/** The system admin's view of mails not (yet) sent: template, recipient, error — no content. */
import { authorize } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { findUnsentMails as findUnsentMailRows } from "../../db/repositories/mail-outbox.repository.js";
import type { UnsentMail } from "../../shared/mail.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** Failed and pending mails, newest first (at most 200); the read is in the access log. */
export async function findUnsentMails(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<{ items: UnsentMail[]; smtpConfigured: boolean }> {
  authorize(ctx.actor, "mail.monitor");
  const rows = await findUnsentMailRows(deps.db, 200);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "mail.outbox_read",
    recordType: "mail",
    details: { count: rows.length },
  });
  return {
    smtpConfigured: deps.config.mail.smtpUrl !== null,
    items: rows.map((r) => ({
      id: r.id,
      template: r.template,
      recipient: r.recipient,
      status: r.status === "failed" ? "failed" : "pending",
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: r.created_at,
      nextAttemptAt: r.next_attempt_at,
    })),
  };
}
