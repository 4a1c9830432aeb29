/** The system admin creates an organisation (COA location, Nidos region, care region, school…). */
import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findOrganisationWithCounts,
  insertOrganisation,
  organisationNameTaken,
} from "../../db/repositories/organisation-admin.repository.js";
import type { OrganisationCreateBody } from "../../shared/organisation-admin.schema.js";
import type { AdminOrganisation } from "../../shared/organisation-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { presentOrganisation } from "./present-organisation.js";

/** Creates it and returns it; CONFLICT when the name is taken (names are unique). */
export async function createOrganisation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: OrganisationCreateBody,
): Promise<AdminOrganisation> {
  authorize(ctx.actor, "organisation.manage");
  const id = randomUUID();
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await organisationNameTaken(trx, input.name))
      throw new DomainError("CONFLICT", "An organisation with this name exists.");
    await insertOrganisation(trx, {
      id,
      name: input.name,
      type: input.type,
      region: input.region ?? null,
      created_at: ctx.now.toISOString(),
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "organisation.create",
      recordType: "organisation",
      recordIds: [id],
      details: { type: input.type },
    });
    return findOrganisationWithCounts(trx, id);
  });
  if (!row) throw new DomainError("INTERNAL", "The organisation was not stored.");
  return presentOrganisation(row);
}
