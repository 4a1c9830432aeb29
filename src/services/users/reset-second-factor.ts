/**
 * An organisation admin (or the system admin) resets an account's two-step login (issue 19):
 * the TOTP secret, its recovery codes and any started set-up are removed and the account's sessions end, so the
 * person logs in again and sets up 2FA anew. Logged as `user.second_factor_reset`; the person
 * gets an in-app notification (`second_factor_reset`) and, always (whatever their notice
 * settings), a mail that says so, so a reset they did not ask for does not go unnoticed. The
 * mail is in Dutch: accounts have no language of their own yet. Our own design, not reviewed by
 * a security expert.
 */
import { DomainError } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { enqueueMail } from "../mail/enqueue-mail.js";
import { revokeRecoveryCodes } from "../../db/repositories/recovery-code.repository.js";
import {
  deletePendingTotp,
  deleteUserSessions,
  findUserAccount,
  updateUserVersioned,
} from "../../db/repositories/user-admin.repository.js";
import type { AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { loadAccount, presentAccount } from "./account-scope.js";

export async function resetSecondFactor(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
  version: number,
): Promise<AdminAccount> {
  authorize(ctx.actor, "user.manage");
  const account = await loadAccount(deps, ctx, accountId, "user.second_factor_reset");
  if (account.id === ctx.actor.userId)
    throw new DomainError("CONFLICT", "Change your own two-step login in your settings.");
  if (account.has_totp !== 1)
    throw new DomainError("CONFLICT", "Two-step login is not on for this account.");
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const patch = { totp_secret: null, totp_last_step: null, updated_at: at };
    if (!(await updateUserVersioned(trx, account.id, version, patch)))
      throw new DomainError("CONFLICT", "Someone changed this account meanwhile. Reload.");
    await deletePendingTotp(trx, account.id);
    // The old recovery codes belong to the old factor: they stop working too.
    await revokeRecoveryCodes(trx, account.id, at);
    const sessionsEnded = await deleteUserSessions(trx, account.id);
    await appendAudit(trx, auditContext(ctx), {
      action: "user.second_factor_reset",
      recordType: "user",
      recordIds: [account.id],
      details: { sessionsEnded },
    });
    await enqueueMail(deps, trx, {
      template: "second_factor_reset",
      recipient: account.email,
      language: "nl",
      payload: { path: "/settings/security" },
      now: ctx.now,
    });
    await notifyUsers(trx, [account.id], {
      youthId: null,
      kind: "second_factor_reset",
      level: null,
      at,
    });
  });
  const after = await findUserAccount(deps.db, account.id);
  if (!after) throw new DomainError("INTERNAL", "The account was not stored.");
  return presentAccount(ctx.actor, after);
}
