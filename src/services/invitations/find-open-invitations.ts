/**
 * The open invitations an admin may see (issue 19): an org admin those of their own
 * organisation, the system admin every organisation's (or one's). Open means not accepted, not
 * withdrawn and not expired. One `invitation.list` entry with the ids shown.
 */
import { authorize } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { findOpenInvitations } from "../../db/repositories/invitation.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import type { InvitationListQuery, OpenInvitation } from "../../shared/invitation.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export async function findOpenInvitationsFor(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  query: InvitationListQuery,
): Promise<{ items: OpenInvitation[] }> {
  authorize(ctx.actor, "user.manage");
  const all = ctx.actor.roles.includes("system_admin");
  const organisationId = all ? (query.organisationId ?? null) : ctx.actor.organisationId;
  const rows = await findOpenInvitations(deps.db, organisationId, ctx.now.toISOString());
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "invitation.list",
    recordType: "invitation",
    recordIds: rows.map((r) => r.id),
    details: { shown: rows.length },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: rolesOf(r)[0] ?? "",
      organisationId: r.organisation_id,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
    })),
  };
}
