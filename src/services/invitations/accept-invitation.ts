/**
 * The invitee opens the link: sees who invited them into which organisation, sets a password
 * (argon2id, the password policy) and so makes their account. The link works once and for 72
 * hours; an unknown, used, withdrawn or expired link is a 404, all alike. Afterwards the invitee logs
 * in (a role that sees dossiers then sets up 2FA: branch sso).
 */
import { randomUUID } from "node:crypto";
import { DomainError, notFound } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findActiveOrganisationName,
  findInvitationByTokenHash,
  insertUserRow,
  markInvitationAccepted,
  userEmailTaken,
  type InvitationRow,
} from "../../db/repositories/invitation.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import type { InvitationView } from "../../shared/invitation.schema.js";
import { auditContext, type RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { RateLimiter } from "../auth/rate-limiter.js";
import { limited } from "../auth/login.js";
import { hashPassword } from "../auth/passwords.js";
import { assertNewPassword } from "../auth/password-policy.js";
import { mailLanguage } from "../mail/templates.js";
import { hashLinkToken, LINK_LIMIT } from "./link-token.js";

const perIp = new RateLimiter("link-ip", LINK_LIMIT.perIp, LINK_LIMIT.windowMs);

/** Counts one use of a public link route per address; RATE_LIMITED when over the limit. */
export async function countLinkAttempt(deps: ServiceDeps, ctx: RequestContext): Promise<void> {
  const key = ctx.ip ?? "unknown";
  const wait = await perIp.retryAfter(deps, key, ctx.now);
  if (wait > 0) throw limited(wait);
  await perIp.hit(deps, key, ctx.now);
}

async function openInvitation(
  deps: ServiceDeps,
  ctx: RequestContext,
  token: string,
): Promise<{ invitation: InvitationRow; organisation: string }> {
  await countLinkAttempt(deps, ctx);
  const invitation = await findInvitationByTokenHash(deps.db, hashLinkToken(token));
  if (
    !invitation ||
    invitation.accepted_at !== null ||
    invitation.withdrawn_at !== null ||
    new Date(invitation.expires_at).getTime() <= ctx.now.getTime()
  )
    throw notFound("invitation");
  const organisation = await findActiveOrganisationName(deps.db, invitation.organisation_id);
  if (!organisation) throw notFound("invitation");
  return { invitation, organisation };
}

/** What the accept page shows; NOT_FOUND for an unknown, used or expired link. */
export async function getInvitation(
  deps: ServiceDeps,
  ctx: RequestContext,
  token: string,
): Promise<InvitationView> {
  const { invitation, organisation } = await openInvitation(deps, ctx, token);
  return {
    email: invitation.email,
    displayName: invitation.display_name,
    organisation,
    role: rolesOf(invitation)[0] ?? "",
    language: mailLanguage(invitation.language),
    expiresAt: invitation.expires_at,
  };
}

/** Makes the account with this password; returns the login e-mail address. */
export async function acceptInvitation(
  deps: ServiceDeps,
  ctx: RequestContext,
  token: string,
  password: string,
): Promise<{ email: string }> {
  const { invitation } = await openInvitation(deps, ctx, token);
  assertNewPassword(password, invitation.email);
  const passwordHash = await hashPassword(password);
  const userId = randomUUID();
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (await userEmailTaken(trx, invitation.email))
      throw new DomainError("CONFLICT", "An account with this e-mail address exists.");
    await insertUserRow(trx, {
      id: userId,
      email: invitation.email,
      display_name: invitation.display_name,
      roles: invitation.roles,
      organisation_id: invitation.organisation_id,
      password_hash: passwordHash,
      totp_secret: null,
      totp_last_step: null,
      status: "active",
      failed_logins: 0,
      locked_until: null,
      created_at: at,
      updated_at: at,
    });
    // Conditional on still being open: of two acceptances at once, one wins (the other rolls back).
    if (!(await markInvitationAccepted(trx, invitation.id, userId, at)))
      throw notFound("invitation");
    await appendAudit(
      trx,
      {
        ...auditContext(ctx),
        actorId: userId,
        actorRole: rolesOf(invitation)[0] ?? null,
        actorOrgId: invitation.organisation_id,
      },
      {
        action: "invitation.accept",
        recordType: "user",
        recordIds: [userId, invitation.id],
      },
    );
  });
  return { email: invitation.email };
}
