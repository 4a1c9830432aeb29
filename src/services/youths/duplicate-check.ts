/**
 * The duplicate warning: when the blind indexes of a V-number, BSN or name + date of birth match
 * another dossier, stop with a 409 that names only that dossier's organisation (to contact or ask
 * for access), never its content. Used by registration and by edits of those fields.
 */
import { DomainError } from "../../domain/errors.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { findOrganisation } from "../../db/repositories/user.repository.js";
import { findPossibleDuplicates } from "../../db/repositories/youth.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export async function assertNoDuplicate(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  keys: { vNumberIdx: string | null; bsnIdx: string | null; nameDobIdx: string | null },
  exceptYouthId?: string,
): Promise<void> {
  const matches = (await findPossibleDuplicates(deps.db, keys)).filter(
    (m) => m.id !== exceptYouthId,
  );
  if (matches.length === 0) return;
  const orgNames = new Map<string, string>();
  for (const locationId of new Set(matches.map((m) => m.location_id))) {
    const org = await findOrganisation(deps.db, locationId);
    if (org) orgNames.set(locationId, org.name);
  }
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "youth.duplicate_check",
    outcome: "denied",
    recordType: "youth",
    recordIds: matches.map((m) => m.id),
  });
  throw new DomainError(
    "CONFLICT",
    "A dossier for this youth may already exist. Contact the organisation below or ask for access.",
    {
      details: matches.map((m) => ({
        path: `possibleDuplicate.${m.id}`,
        message: orgNames.get(m.location_id) ?? "",
      })),
    },
  );
}
