/** What the admin screens receive from the API. */
export type { AdminOrganisation } from "../../../../src/shared/organisation-admin.schema";
export { ORGANISATION_TYPES, CIRCLE_RELATIONS, ROLES } from "../../../../src/domain/roles";
export type { DeadLettersResponse } from "../../../../src/shared/jobs-admin.schema";
export type {
  AdminAccount,
  AdminAccountCircle,
  AdminAccountCircles,
} from "../../../../src/shared/user-admin.schema";
import type { AccountStatus } from "../../../../src/shared/user-admin.schema";

/**
 * The account statuses, repeated here rather than imported: the schema module loads zod, whose
 * start-up probe for `eval` the page's CSP (rightly) blocks and reports.
 */
export const ACCOUNT_STATUSES = [
  "active",
  "deactivated",
] as const satisfies readonly AccountStatus[];
export type { OpenInvitation } from "../../../../src/shared/invitation.schema";
