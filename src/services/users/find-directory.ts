/** The directory of organisations and casework professionals, for pickers in the UI. */
import { authorize } from "../../domain/policies.js";
import { CASEWORK_ROLES } from "../../domain/roles.js";
import { listOrganisations, rolesOf } from "../../db/repositories/user.repository.js";
import { listActiveUsers } from "../../db/repositories/user-directory.repository.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { OrganisationList, ProfessionalList } from "../../shared/api/directory.js";

export async function findOrganisations(deps: ServiceDeps): Promise<OrganisationList> {
  // A deactivated organisation is no longer offered in pickers (it stays in history).
  const rows = (await listOrganisations(deps.db)).filter((o) => o.deactivated_at === null);
  return { items: rows.map((o) => ({ id: o.id, name: o.name, type: o.type, region: o.region })) };
}

/**
 * Casework professionals to add to a circle or to name as the new mentor on a relocation: only
 * for the roles that do so (`directory.read`), and only what the picker shows — id, name, casework
 * roles and organisation. No e-mail address: a search by address matches only the whole address.
 */
export async function findProfessionals(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: {
    organisationId?: string | undefined;
    role?: string | undefined;
    q?: string | undefined;
    limit: number;
  },
): Promise<ProfessionalList> {
  authorize(ctx.actor, "directory.read");
  const rows = await listActiveUsers(deps.db, {
    organisationId: input.organisationId,
    limit: 2000,
  });
  const q = input.q?.toLowerCase() ?? "";
  const items = rows
    .map((u) => ({
      id: u.id,
      name: u.display_name,
      email: u.email,
      roles: rolesOf(u).filter((r) => (CASEWORK_ROLES as readonly string[]).includes(r)),
      organisation: { id: u.organisation_id, name: u.organisation_name },
    }))
    .filter((u) => u.roles.length > 0)
    .filter((u) => !input.role || u.roles.includes(input.role))
    .filter((u) => !q || u.name.toLowerCase().includes(q) || u.email.toLowerCase() === q)
    .slice(0, input.limit)
    .map(({ email: _email, ...shown }) => shown);
  return { items };
}
