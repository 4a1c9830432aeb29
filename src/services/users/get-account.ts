/** One account for an administrator (issue 19); logged as `user.read`. */
import { authorize } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import type { AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { loadAccount, presentAccount } from "./account-scope.js";

export async function getAccount(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
): Promise<AdminAccount> {
  authorize(ctx.actor, "user.manage");
  const row = await loadAccount(deps, ctx, accountId, "user.read");
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "user.read",
    recordType: "user",
    recordIds: [row.id],
  });
  return presentAccount(ctx.actor, row);
}
