/**
 * Loading one account for an administrator: out of their scope (another organisation, or a
 * system admin's account for an org admin) it answers 404 exactly like an unknown id, and the
 * attempt is logged as `user.denied` — as for a youth out of reach (issue 19).
 */
import { notFound } from "../../domain/errors.js";
import { canManageAccount, grantableRoles, type Actor } from "../../domain/policies.js";
import type { OrganisationType, Role } from "../../domain/roles.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import { findUserAccount, type UserAdminRow } from "../../db/repositories/user-admin.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import type { AccountStatus, AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** True when this admin may see and change the account row. */
export function inScope(actor: Actor, row: UserAdminRow): boolean {
  return canManageAccount(actor, { organisationId: row.organisation_id, roles: rolesOf(row) });
}

/**
 * The account, or NOT_FOUND (logged) when it does not exist or is out of scope. Pass `trx` to
 * read inside a transaction; the refusal is then logged after the caller's rollback.
 */
export async function loadAccount(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
  attempted: string,
  db: Db = deps.db,
): Promise<UserAdminRow> {
  const row = await findUserAccount(db, accountId);
  if (row && inScope(ctx.actor, row)) return row;
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "user.denied",
    outcome: "denied",
    recordType: "user",
    recordIds: [accountId],
    details: { attempted },
  });
  throw notFound("account");
}

/** An account as the admin screens show it. */
export function presentAccount(actor: Actor, row: UserAdminRow): AdminAccount {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    roles: rolesOf(row) as Role[],
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      type: row.organisation_type as OrganisationType,
    },
    status: (row.status === "active" ? "active" : "deactivated") as AccountStatus,
    twoFactor: row.has_totp === 1,
    version: row.version,
    createdAt: row.created_at,
    grantableRoles: grantableRoles(actor),
  };
}
