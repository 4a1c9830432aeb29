/**
 * An administrator makes a deactivated account active again (issue 19). The person logs in
 * anew; ended circle memberships stay ended (a circle adds them again if needed), revoked API
 * tokens stay revoked. One `user.reactivate` entry.
 */
import { DomainError } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findUserAccount,
  updateUserVersioned,
} from "../../db/repositories/user-admin.repository.js";
import type { AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { loadAccount, presentAccount } from "./account-scope.js";

export async function reactivateAccount(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
  version: number,
): Promise<AdminAccount> {
  authorize(ctx.actor, "user.manage");
  const account = await loadAccount(deps, ctx, accountId, "user.reactivate");
  if (account.status === "active") throw new DomainError("CONFLICT", "The account is active.");
  await deps.db.transaction().execute(async (trx) => {
    if (
      !(await updateUserVersioned(trx, account.id, version, {
        status: "active",
        updated_at: ctx.now.toISOString(),
      }))
    )
      throw new DomainError("CONFLICT", "Someone changed this account meanwhile. Reload.");
    await appendAudit(trx, auditContext(ctx), {
      action: "user.reactivate",
      recordType: "user",
      recordIds: [account.id],
    });
  });
  const after = await findUserAccount(deps.db, account.id);
  if (!after) throw new DomainError("INTERNAL", "The account was not stored.");
  return presentAccount(ctx.actor, after);
}
