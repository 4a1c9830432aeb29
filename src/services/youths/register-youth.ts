/**
 * Registers a youth. Identifying fields are encrypted; V-number, BSN and name+date of birth get
 * keyed blind indexes. A possible duplicate anywhere in the system stops the registration with
 * a CONFLICT that names only the organisation to contact, unless the user confirms.
 */
import { randomUUID } from "node:crypto";
import { validationFailed } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import type { CircleRelation } from "../../domain/roles.js";
import { isoDate } from "../../domain/youth/age.js";
import { normaliseIdentifier, normaliseName, type FieldCrypto } from "../../db/field-crypto.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { insertMember } from "../../db/repositories/circle.repository.js";
import { findOrganisation } from "../../db/repositories/user.repository.js";
import { insertLocation, insertYouth } from "../../db/repositories/youth.repository.js";
import { registerYouthBody, type RegisterYouthBody } from "../../shared/youth.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { assertNoDuplicate } from "./duplicate-check.js";
import { field } from "../../db/encrypted-columns.js";

/** Blind-index keys of a youth's identifiers. */
export function youthIndexes(
  crypto: FieldCrypto,
  v: { vNumber?: string | null; bsn?: string | null; displayName: string; dateOfBirth: string },
) {
  return {
    vNumberIdx: v.vNumber ? crypto.blindIndex(normaliseIdentifier(v.vNumber), "v-number") : null,
    bsnIdx: v.bsn ? crypto.blindIndex(normaliseIdentifier(v.bsn), "bsn") : null,
    nameDobIdx: crypto.blindIndex(`${normaliseName(v.displayName)}|${v.dateOfBirth}`, "name-dob"),
  };
}

const RELATION_BY_ROLE: Record<string, CircleRelation> = {
  mentor: "mentor",
  guardian: "guardian",
  care_coordinator: "care_coordinator",
  team_lead: "team_lead",
};

export async function registerYouth(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  raw: RegisterYouthBody,
): Promise<{ id: string }> {
  authorize(ctx.actor, "youth.create");
  const input = registerYouthBody.parse(raw);
  const today = isoDate(ctx.now);
  if (input.dateOfBirth > today)
    throw validationFailed("The date of birth is in the future.", [
      { path: "dateOfBirth", message: "in the future" },
    ]);
  if (input.arrivedAt > today)
    throw validationFailed("The arrival date is in the future.", [
      { path: "arrivedAt", message: "in the future" },
    ]);
  if (input.arrivedAt < input.dateOfBirth)
    throw validationFailed("The arrival date is before the date of birth.", [
      { path: "arrivedAt", message: "before birth" },
    ]);
  const location = await findOrganisation(deps.db, input.locationId);
  if (!location || location.deactivated_at !== null)
    throw validationFailed("Unknown location.", [{ path: "locationId", message: "unknown" }]);
  const keys = youthIndexes(deps.crypto, input);
  if (!input.confirmNotDuplicate) await assertNoDuplicate(deps, ctx, keys);
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const c = deps.crypto;
  await deps.db.transaction().execute(async (trx) => {
    await insertYouth(trx, {
      id,
      display_name_enc: c.encrypt(input.displayName, field("youths", "display_name_enc", id)),
      v_number_enc: c.encryptNullable(input.vNumber, field("youths", "v_number_enc", id)),
      v_number_idx: keys.vNumberIdx,
      bsn_enc: c.encryptNullable(input.bsn, field("youths", "bsn_enc", id)),
      bsn_idx: keys.bsnIdx,
      dob_enc: c.encrypt(input.dateOfBirth, field("youths", "dob_enc", id)),
      dob_estimated: input.dateOfBirthEstimated ? 1 : 0,
      name_dob_idx: keys.nameDobIdx,
      nationality_enc: c.encryptNullable(input.nationality, field("youths", "nationality_enc", id)),
      languages_enc: c.encrypt(
        JSON.stringify(input.languages),
        field("youths", "languages_enc", id),
      ),
      gender_enc: c.encryptNullable(input.gender, field("youths", "gender_enc", id)),
      location_id: input.locationId,
      status: "present",
      arrived_at: input.arrivedAt,
      version: 1,
      level: 0,
      previous_level: 0,
      level_changed_at: at,
      picture: null,
      picture_computed_at: null,
      rules_version: null,
      created_by: ctx.actor.userId,
      created_at: at,
      updated_at: at,
    });
    await insertLocation(trx, {
      id: randomUUID(),
      youth_id: id,
      organisation_id: input.locationId,
      started_at: at,
      ended_at: null,
      handover_note_id: null,
    });
    const relation =
      ctx.actor.roles.map((r) => RELATION_BY_ROLE[r]).find((r) => r !== undefined) ?? "other";
    await insertMember(trx, {
      id: randomUUID(),
      youth_id: id,
      user_id: ctx.actor.userId,
      relation,
      read_only: 0,
      access_until: null,
      added_by: ctx.actor.userId,
      added_at: at,
      ended_at: null,
      ended_by: null,
      ended_reason_enc: null,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "youth.create",
      youthId: id,
      recordType: "youth",
      recordIds: [id],
      details: { duplicateConfirmed: input.confirmNotDuplicate },
    });
  });
  return { id };
}
