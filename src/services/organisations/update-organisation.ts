/** The system admin renames an organisation or corrects its type or region (with `version`). */
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findOrganisationWithCounts,
  organisationNameTaken,
  updateOrganisationVersioned,
} from "../../db/repositories/organisation-admin.repository.js";
import type {
  AdminOrganisation,
  OrganisationUpdateBody,
} from "../../shared/organisation-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { presentOrganisation } from "./present-organisation.js";

/** A stale version is a CONFLICT and nothing changes; a taken name is a CONFLICT too. */
export async function updateOrganisation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  id: string,
  input: OrganisationUpdateBody,
): Promise<AdminOrganisation> {
  authorize(ctx.actor, "organisation.manage");
  const { version, ...patch } = input;
  const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
  if (changed.length === 0) throw validationFailed("Nothing to change.");
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await findOrganisationWithCounts(trx, id);
    if (!current) throw notFound("organisation");
    if (current.deactivated_at !== null)
      throw new DomainError("CONFLICT", "The organisation is deactivated.");
    if (patch.name !== undefined && (await organisationNameTaken(trx, patch.name, id)))
      throw new DomainError("CONFLICT", "An organisation with this name exists.");
    if (!(await updateOrganisationVersioned(trx, id, version, patch)))
      throw new DomainError("CONFLICT", "Someone changed this organisation meanwhile. Reload.");
    await appendAudit(trx, auditContext(ctx), {
      action: "organisation.update",
      recordType: "organisation",
      recordIds: [id],
      details: { fields: changed },
    });
    return findOrganisationWithCounts(trx, id);
  });
  if (!row) throw notFound("organisation");
  return presentOrganisation(row);
}
