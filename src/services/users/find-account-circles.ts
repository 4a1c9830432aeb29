/** The circles an account is in, for the deactivation screen (issue 19); logged as `user.read`. */
import { authorize } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import type { AdminAccountCircles } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { accountCircles } from "./account-circles.js";
import { loadAccount } from "./account-scope.js";

export async function findAccountCircles(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
): Promise<AdminAccountCircles> {
  authorize(ctx.actor, "user.manage");
  const row = await loadAccount(deps, ctx, accountId, "user.circles");
  const circles = await accountCircles(deps.db, row, ctx.now.toISOString());
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "user.read",
    recordType: "user",
    recordIds: [row.id],
    details: { circles: circles.items.length },
  });
  return circles;
}
