/** An organisation row as the admin screens show it. */
import type { OrganisationAdminRow } from "../../db/repositories/organisation-admin.repository.js";
import type { OrganisationType } from "../../domain/roles.js";
import type { AdminOrganisation } from "../../shared/organisation-admin.schema.js";

export function presentOrganisation(row: OrganisationAdminRow): AdminOrganisation {
  return {
    id: row.id,
    name: row.name,
    type: row.type as OrganisationType,
    region: row.region,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
    version: row.version,
    activeUsers: row.active_users,
    youths: row.youths,
  };
}
