/** Roles of a user row (re-exported for the server, which never imports repositories). */
export { rolesOf } from "../../db/repositories/user.repository.js";

import { ROLES, type Role } from "../../domain/roles.js";
import { rolesOf as rolesOfRow, type UserRow } from "../../db/repositories/user.repository.js";

/** The roles of a user row that InZicht knows (an unknown code in the column is dropped). */
export function knownRoles(user: UserRow): Role[] {
  return rolesOfRow(user).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}
