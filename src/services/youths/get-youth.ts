/**
 * One dossier, with the abilities the actor has on it. Every read is in the access log.
 */
import { abilities } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listEmergencyAccess } from "../../db/repositories/circle.repository.js";
import { findOrganisation } from "../../db/repositories/user.repository.js";
import { listHandoverNotes, listLocations } from "../../db/repositories/youth.repository.js";
import type { YouthDossier } from "../../shared/youth.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "./reach-youth.js";
import { youthHeader } from "./youth-view.js";
import { field } from "../../db/encrypted-columns.js";

/** `options.audit: false` exists only for the benchmark that measures what logging a read costs. */
export async function getYouth(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  options: { audit?: boolean } = {},
): Promise<YouthDossier> {
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "youth.read");
  const can = abilities(ctx.actor, relation);
  const full = can["youth.readFull"];
  const location = await findOrganisation(deps.db, youth.location_id);
  const c = deps.crypto;
  // The date of birth is decrypted once, for the age and (full file) for itself.
  const { summary, dateOfBirth } = youthHeader(youth, c, location?.name ?? "", ctx.now);
  const [locations, notes, emergencies] = full
    ? await Promise.all([
        listLocations(deps.db, youth.id),
        listHandoverNotes(deps.db, youth.id),
        listEmergencyAccess(
          deps.db,
          youth.id,
          new Date(ctx.now.getTime() - 30 * 86_400_000).toISOString(),
        ),
      ])
    : [[], [], []];
  const orgName = new Map(locations.map((l) => [l.organisation_id, l.name]));
  const latest = notes[0];
  if (options.audit !== false)
    await appendAuditNow(deps.db, auditContext(ctx), {
      action: "youth.read",
      youthId: youth.id,
      recordType: "youth",
      recordIds: [youth.id],
      reason: relation.emergency && !relation.membership ? "emergency access" : null,
      details: { full, emergency: relation.emergency },
    });
  return {
    ...summary,
    full,
    vNumber: full
      ? c.decryptNullable(youth.v_number_enc, field("youths", "v_number_enc", youth.id))
      : null,
    bsn: full ? c.decryptNullable(youth.bsn_enc, field("youths", "bsn_enc", youth.id)) : null,
    dateOfBirth: full ? dateOfBirth : null,
    dateOfBirthEstimated: youth.dob_estimated === 1,
    nationality: full
      ? c.decryptNullable(youth.nationality_enc, field("youths", "nationality_enc", youth.id))
      : null,
    languages: full
      ? (JSON.parse(
          c.decrypt(youth.languages_enc, field("youths", "languages_enc", youth.id)),
        ) as string[])
      : [],
    gender: full
      ? c.decryptNullable(youth.gender_enc, field("youths", "gender_enc", youth.id))
      : null,
    arrivedAt: youth.arrived_at,
    version: youth.version,
    createdAt: youth.created_at,
    updatedAt: youth.updated_at,
    access: {
      kind: relation.membership ? "member" : relation.emergency ? "emergency" : "team_lead",
      relation: relation.membership?.relation ?? null,
      readOnly: relation.membership?.readOnly ?? false,
    },
    abilities: can,
    handover: latest
      ? {
          id: latest.id,
          fromLocation: orgName.get(latest.from_organisation_id) ?? "",
          toLocation: orgName.get(latest.to_organisation_id) ?? "",
          openConcerns: c.decrypt(
            latest.open_concerns_enc,
            field("handover_notes", "open_concerns_enc", latest.id),
          ),
          safetyAgreements: c.decrypt(
            latest.safety_agreements_enc,
            field("handover_notes", "safety_agreements_enc", latest.id),
          ),
          nextSteps: c.decrypt(
            latest.next_steps_enc,
            field("handover_notes", "next_steps_enc", latest.id),
          ),
          createdBy: latest.created_by,
          createdAt: latest.created_at,
        }
      : null,
    locationHistory: locations.map((l) => ({
      organisationId: l.organisation_id,
      name: l.name,
      startedAt: l.started_at,
      endedAt: l.ended_at,
    })),
    emergencyAccess: emergencies.map((e) => ({
      userName: e.display_name,
      organisation: e.organisation_name,
      reason: c.decrypt(e.reason_enc, field("emergency_access", "reason_enc", e.id)),
      startedAt: e.started_at,
      expiresAt: e.expires_at,
    })),
  };
}
