/** The logged-in user's own profile (name, roles, organisation). */
import { findOrganisation, rolesOf, type UserRow } from "../../db/repositories/user.repository.js";
import type { UserView } from "../../shared/auth.schema.js";
import type { ServiceDeps } from "../deps.js";

export async function getOwnProfile(deps: ServiceDeps, user: UserRow): Promise<UserView> {
  const org = await findOrganisation(deps.db, user.organisation_id);
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    roles: rolesOf(user),
    organisation: { id: user.organisation_id, name: org?.name ?? "", type: org?.type ?? "other" },
  };
}
