/**
 * An org admin (their own organisation) or the system admin (any) invites a colleague: an
 * invitation row with the link's token only as a hash, valid 72 hours, and a mail in the outbox
 * with the link /invitation/<token>. Nothing is sent during the request.
 */
import { randomUUID } from "node:crypto";
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { authorize, type Actor } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findActiveOrganisationName,
  insertInvitation,
  userEmailTaken,
  type Trx,
} from "../../db/repositories/invitation.repository.js";
import type { InvitationCreateBody } from "../../shared/invitation.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { enqueueMail } from "../mail/enqueue-mail.js";
import { newLinkToken } from "./link-token.js";

export const INVITATION_VALID_HOURS = 72;

/**
 * The organisation the actor may invite into: an org admin only their own (another one answers
 * 404, as for youths: its existence is not confirmed); the system admin must name one.
 */
export function invitingOrganisation(actor: Actor, requested: string | undefined): string {
  if (actor.roles.includes("system_admin")) {
    if (!requested)
      throw validationFailed("Choose the organisation.", [
        { path: "organisationId", message: "required for a system admin" },
      ]);
    return requested;
  }
  if (requested && requested !== actor.organisationId) throw notFound("organisation");
  return actor.organisationId;
}

/** Refuses a role the actor may not hand out (only the system admin makes system admins). */
export function assertMayGrant(actor: Actor, role: string): void {
  if (role === "system_admin" && !actor.roles.includes("system_admin"))
    throw new DomainError("FORBIDDEN", "Only a system admin can invite a system admin.");
}

/** Checks, stores and queues one invitation inside the caller's transaction; returns its id. */
export async function storeInvitation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  trx: Trx,
  input: InvitationCreateBody & { organisationId: string },
): Promise<{ id: string; expiresAt: string }> {
  if (await userEmailTaken(trx, input.email))
    throw new DomainError("CONFLICT", "An account with this e-mail address exists.");
  const id = randomUUID();
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_VALID_HOURS * 3_600_000).toISOString();
  await insertInvitation(trx, {
    id,
    token_hash: hash,
    organisation_id: input.organisationId,
    email: input.email,
    display_name: input.displayName,
    roles: JSON.stringify([input.role]),
    language: input.language,
    invited_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
    expires_at: expiresAt,
    accepted_at: null,
    user_id: null,
    withdrawn_at: null,
  });
  await enqueueMail(deps, trx, {
    template: "invitation",
    recipient: input.email,
    language: input.language,
    payload: { path: `/invitation/${token}` },
    now: ctx.now,
  });
  await appendAudit(trx, auditContext(ctx), {
    action: "invitation.create",
    recordType: "invitation",
    recordIds: [id],
    details: { role: input.role, organisationId: input.organisationId },
  });
  return { id, expiresAt };
}

/** Invites one colleague; 201 with the invitation's id and end of validity. */
export async function createInvitation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: InvitationCreateBody,
): Promise<{ id: string; email: string; expiresAt: string }> {
  authorize(ctx.actor, "user.manage");
  const organisationId = invitingOrganisation(ctx.actor, input.organisationId);
  assertMayGrant(ctx.actor, input.role);
  const result = await deps.db.transaction().execute(async (trx) => {
    if (!(await findActiveOrganisationName(trx, organisationId))) throw notFound("organisation");
    return storeInvitation(deps, ctx, trx, { ...input, organisationId });
  });
  return { id: result.id, email: input.email, expiresAt: result.expiresAt };
}
