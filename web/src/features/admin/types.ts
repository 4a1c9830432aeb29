/** What the admin screens receive from the API. */
export type { AdminOrganisation } from "../../../../src/shared/organisation-admin.schema";
export { ORGANISATION_TYPES } from "../../../../src/domain/roles";
