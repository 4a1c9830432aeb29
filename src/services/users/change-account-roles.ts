/**
 * An administrator changes an account's roles (issue 19), with `version`. An org admin never
 * gives or takes away `system_admin`; nobody changes their own roles (no admin locks themselves
 * out). A role the account still acts in, in a youth's circle (for example mentor), cannot be
 * taken away: hand over first, or deactivate the account with a successor — the answer names
 * the relations and counts. No rule limits roles per organisation type yet (none is in the
 * product or the domain facts); ADR 0015 part 2. One `user.roles_change` entry with the roles
 * added and removed.
 */
import { DomainError, validationFailed, type ErrorDetail } from "../../domain/errors.js";
import { authorize, grantableRoles } from "../../domain/policies.js";
import { allowedRelations, ROLES } from "../../domain/roles.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import {
  activeMembershipsOf,
  findUserAccount,
  updateUserVersioned,
} from "../../db/repositories/user-admin.repository.js";
import type { AccountRolesBody, AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { loadAccount, presentAccount } from "./account-scope.js";

export async function changeAccountRoles(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
  input: AccountRolesBody,
): Promise<AdminAccount> {
  authorize(ctx.actor, "user.manage");
  const account = await loadAccount(deps, ctx, accountId, "user.roles_change");
  if (account.id === ctx.actor.userId)
    throw new DomainError("CONFLICT", "You cannot change your own roles.");
  const before = rolesOf(account);
  const after = ROLES.filter((r) => input.roles.includes(r));
  const added = after.filter((r) => !before.includes(r));
  const removed = before.filter((r) => !(after as readonly string[]).includes(r));
  const mayGrant: readonly string[] = grantableRoles(ctx.actor);
  const notYours = [...added, ...removed].filter((r) => !mayGrant.includes(r));
  if (notYours.length > 0)
    throw validationFailed("You may not give or take away these roles.", [
      { path: "roles", message: `not yours to change: ${notYours.join(", ")}` },
    ]);
  if (added.length === 0 && removed.length === 0) throw validationFailed("Nothing to change.");
  const stillAllowed: readonly string[] = allowedRelations(after);
  const memberships = await activeMembershipsOf(deps.db, account.id, ctx.now.toISOString());
  const blocked = new Map<string, number>();
  for (const m of memberships)
    if (m.read_only === 0 && !stillAllowed.includes(m.relation))
      blocked.set(m.relation, (blocked.get(m.relation) ?? 0) + 1);
  if (blocked.size > 0) {
    const details: ErrorDetail[] = [...blocked].map(([relation, n]) => ({
      path: `circles.${relation}`,
      message: `${n} circles as ${relation}`,
    }));
    throw new DomainError(
      "CONFLICT",
      "The account still acts in circles with a role you take away. Hand over first, or deactivate it with a successor.",
      { details },
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    if (
      !(await updateUserVersioned(trx, account.id, input.version, {
        roles: JSON.stringify(after),
        updated_at: ctx.now.toISOString(),
      }))
    )
      throw new DomainError("CONFLICT", "Someone changed this account meanwhile. Reload.");
    await appendAudit(trx, auditContext(ctx), {
      action: "user.roles_change",
      recordType: "user",
      recordIds: [account.id],
      details: { added, removed },
    });
  });
  const row = await findUserAccount(deps.db, account.id);
  if (!row) throw new DomainError("INTERNAL", "The account was not stored.");
  return presentAccount(ctx.actor, row);
}
