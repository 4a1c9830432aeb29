/**
 * The administrators' list of accounts (issue 19): an org admin sees their own organisation's,
 * a system admin everyone's (or one organisation's). Search by part of the name or e-mail
 * address, role and status; pages of at most 200. One `user.list` entry per page with the ids
 * shown — never the search text.
 */
import { authorize } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import { listUserAccounts } from "../../db/repositories/user-admin.repository.js";
import type { AccountListQuery, AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { pageOf } from "../paging.js";
import { inScope, presentAccount } from "./account-scope.js";

export async function findAccounts(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  query: AccountListQuery,
): Promise<{ items: AdminAccount[]; nextCursor: string | null; total: number }> {
  authorize(ctx.actor, "user.manage");
  const all = ctx.actor.roles.includes("system_admin");
  const rows = await listUserAccounts(
    deps.db,
    all ? query.organisationId : ctx.actor.organisationId,
  );
  const q = query.q?.trim().toLowerCase() ?? "";
  const matching = rows
    .filter((r) => inScope(ctx.actor, r))
    .filter(
      (r) => !q || r.display_name.toLowerCase().includes(q) || r.email.toLowerCase().includes(q),
    )
    .filter((r) => !query.role || rolesOf(r).includes(query.role))
    .filter((r) => !query.status || (query.status === "active") === (r.status === "active"));
  const page = pageOf(matching, { limit: query.limit, cursor: query.cursor });
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "user.list",
    recordType: "user",
    recordIds: page.items.map((r) => r.id),
    details: { shown: page.items.length, matching: matching.length },
  });
  return {
    items: page.items.map((r) => presentAccount(ctx.actor, r)),
    nextCursor: page.nextCursor,
    total: matching.length,
  };
}
