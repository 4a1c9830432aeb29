/**
 * The system admin's list of organisations, active and deactivated, with the number of active
 * users and of youths located there — counts only, never who (PRODUCT.md §2: no dossier content).
 */
import { authorize } from "../../domain/policies.js";
import { listOrganisationsWithCounts } from "../../db/repositories/organisation-admin.repository.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { presentOrganisation } from "./present-organisation.js";

export async function findAdminOrganisations(deps: ServiceDeps, ctx: AuthenticatedContext) {
  authorize(ctx.actor, "organisation.manage");
  const rows = await listOrganisationsWithCounts(deps.db);
  return { items: rows.map(presentOrganisation) };
}
