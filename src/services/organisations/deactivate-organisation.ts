/**
 * The system admin deactivates an organisation. It must be empty first: no youth located there
 * (other than closed dossiers) and no active user. Otherwise the answer is a CONFLICT that says
 * why, with the counts per reason (`errors[].path` = `youths` | `activeUsers`), and nothing
 * changes. A deactivated organisation stays in history (names in old entries) but is no longer
 * offered in pickers. Our own design (issue 19).
 */
import { DomainError, notFound, type ErrorDetail } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findOrganisationWithCounts,
  updateOrganisationVersioned,
} from "../../db/repositories/organisation-admin.repository.js";
import type { AdminOrganisation } from "../../shared/organisation-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { presentOrganisation } from "./present-organisation.js";

export async function deactivateOrganisation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  id: string,
  version: number,
): Promise<AdminOrganisation> {
  authorize(ctx.actor, "organisation.manage");
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await findOrganisationWithCounts(trx, id);
    if (!current) throw notFound("organisation");
    if (current.deactivated_at !== null)
      throw new DomainError("CONFLICT", "The organisation is already deactivated.");
    const reasons: ErrorDetail[] = [];
    if (current.youths > 0)
      reasons.push({ path: "youths", message: `${current.youths} youths are located here.` });
    if (current.active_users > 0)
      reasons.push({
        path: "activeUsers",
        message: `${current.active_users} active users belong to it.`,
      });
    if (reasons.length > 0)
      throw new DomainError(
        "CONFLICT",
        "The organisation still has youths or active users; move or deactivate them first.",
        { details: reasons },
      );
    const done = await updateOrganisationVersioned(trx, id, version, {
      deactivated_at: ctx.now.toISOString(),
    });
    if (!done)
      throw new DomainError("CONFLICT", "Someone changed this organisation meanwhile. Reload.");
    await appendAudit(trx, auditContext(ctx), {
      action: "organisation.deactivate",
      recordType: "organisation",
      recordIds: [id],
    });
    return findOrganisationWithCounts(trx, id);
  });
  if (!row) throw notFound("organisation");
  return presentOrganisation(row);
}
