/**
 * Using a password reset link: a new password (the password policy), the link is then used up,
 * and every session of the account ends. An unknown, used or expired link is a 404, alike.
 */
import { notFound } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  deleteSessionsOfUser,
  findActiveUserById,
  findPasswordResetByTokenHash,
  markPasswordResetUsed,
  setPasswordHash,
} from "../../db/repositories/invitation.repository.js";
import { auditContext, type RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { countLinkAttempt } from "../invitations/accept-invitation.js";
import { hashLinkToken } from "../invitations/link-token.js";
import { assertNewPassword } from "./password-policy.js";
import { hashPassword } from "./passwords.js";

async function openReset(deps: ServiceDeps, ctx: RequestContext, token: string) {
  await countLinkAttempt(deps, ctx);
  const reset = await findPasswordResetByTokenHash(deps.db, hashLinkToken(token));
  if (!reset || reset.used_at !== null || new Date(reset.expires_at) <= ctx.now)
    throw notFound("link");
  const user = await findActiveUserById(deps.db, reset.user_id);
  if (!user) throw notFound("link");
  return { reset, user };
}

/** The account's address, when the link may still be used. */
export async function getPasswordReset(
  deps: ServiceDeps,
  ctx: RequestContext,
  token: string,
): Promise<{ email: string; expiresAt: string }> {
  const { reset, user } = await openReset(deps, ctx, token);
  return { email: user.email, expiresAt: reset.expires_at };
}

/** Sets the new password, uses up the link and ends every session of the account. */
export async function resetPassword(
  deps: ServiceDeps,
  ctx: RequestContext,
  token: string,
  password: string,
): Promise<{ email: string }> {
  const { reset, user } = await openReset(deps, ctx, token);
  assertNewPassword(password, user.email);
  const passwordHash = await hashPassword(password);
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markPasswordResetUsed(trx, reset.id, at))) throw notFound("link");
    await setPasswordHash(trx, user.id, passwordHash, at);
    const ended = await deleteSessionsOfUser(trx, user.id);
    await appendAudit(
      trx,
      { ...auditContext(ctx), actorId: user.id, actorOrgId: user.organisation_id },
      {
        action: "auth.password_reset",
        recordType: "user",
        recordIds: [user.id],
        details: { sessionsEnded: ended },
      },
    );
  });
  return { email: user.email };
}
