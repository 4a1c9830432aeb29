/**
 * An admin withdraws an open invitation (issue 19): its link then answers exactly like an
 * expired one (404). An org admin may only withdraw those of their own organisation; another
 * organisation's, an unknown id, or one that is no longer open answers 404 and changes nothing.
 * Logged as `invitation.withdraw` in the same transaction.
 */
import { notFound } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findInvitationById,
  markInvitationWithdrawn,
} from "../../db/repositories/invitation.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export async function withdrawInvitation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  invitationId: string,
): Promise<void> {
  authorize(ctx.actor, "user.manage");
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findInvitationById(trx, invitationId);
    const mayManage =
      row !== undefined &&
      (ctx.actor.roles.includes("system_admin") ||
        row.organisation_id === ctx.actor.organisationId);
    if (!row || !mayManage || !(await markInvitationWithdrawn(trx, row.id, at)))
      throw notFound("invitation");
    await appendAudit(trx, auditContext(ctx), {
      action: "invitation.withdraw",
      recordType: "invitation",
      recordIds: [row.id],
      details: { organisationId: row.organisation_id },
    });
  });
}
