/**
 * Updates a dossier with optimistic concurrency: the caller sends the version it saw; a stale
 * version is a CONFLICT and nothing changes.
 */
import { DomainError } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { assertNoDuplicate } from "./duplicate-check.js";
import { updateYouthVersioned } from "../../db/repositories/youth.repository.js";
import { updateYouthBody, type UpdateYouthBody } from "../../shared/youth.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "./reach-youth.js";
import { youthIndexes } from "./register-youth.js";
import type { YouthPatch } from "../../db/schema.js";
import { field, type EncryptedColumnOf } from "../../db/encrypted-columns.js";

export async function updateYouth(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  raw: UpdateYouthBody,
): Promise<{ version: number }> {
  const { youth } = await reachYouth(deps, ctx, youthId, "youth.update");
  const input = updateYouthBody.parse(raw);
  const c = deps.crypto;
  const at = (column: EncryptedColumnOf<"youths">) => field("youths", column, youth.id);
  const changes: YouthPatch = { updated_at: ctx.now.toISOString() };
  const changed: string[] = [];
  const displayName =
    input.displayName ?? c.decrypt(youth.display_name_enc, at("display_name_enc"));
  const dateOfBirth = input.dateOfBirth ?? c.decrypt(youth.dob_enc, at("dob_enc"));
  if (input.displayName !== undefined)
    changes.display_name_enc = c.encrypt(input.displayName, at("display_name_enc"));
  if (input.dateOfBirth !== undefined)
    changes.dob_enc = c.encrypt(input.dateOfBirth, at("dob_enc"));
  if (input.displayName !== undefined || input.dateOfBirth !== undefined) {
    changes.name_dob_idx = youthIndexes(c, { displayName, dateOfBirth }).nameDobIdx;
  }
  if (input.vNumber !== undefined) {
    changes.v_number_enc = c.encryptNullable(input.vNumber, at("v_number_enc"));
    changes.v_number_idx = youthIndexes(c, {
      vNumber: input.vNumber,
      displayName,
      dateOfBirth,
    }).vNumberIdx;
  }
  if (input.bsn !== undefined) {
    changes.bsn_enc = c.encryptNullable(input.bsn, at("bsn_enc"));
    changes.bsn_idx = youthIndexes(c, { bsn: input.bsn, displayName, dateOfBirth }).bsnIdx;
  }
  if (input.dateOfBirthEstimated !== undefined)
    changes.dob_estimated = input.dateOfBirthEstimated ? 1 : 0;
  if (input.nationality !== undefined)
    changes.nationality_enc = c.encryptNullable(input.nationality, at("nationality_enc"));
  if (input.languages !== undefined)
    changes.languages_enc = c.encrypt(JSON.stringify(input.languages), at("languages_enc"));
  if (input.gender !== undefined)
    changes.gender_enc = c.encryptNullable(input.gender, at("gender_enc"));
  if (input.status !== undefined) changes.status = input.status;
  const identifying =
    input.vNumber !== undefined ||
    input.bsn !== undefined ||
    input.displayName !== undefined ||
    input.dateOfBirth !== undefined;
  if (identifying && !input.confirmNotDuplicate) {
    const keys = youthIndexes(c, {
      displayName,
      dateOfBirth,
      vNumber: input.vNumber !== undefined ? input.vNumber : null,
      bsn: input.bsn !== undefined ? input.bsn : null,
    });
    await assertNoDuplicate(
      deps,
      ctx,
      {
        nameDobIdx:
          input.displayName !== undefined || input.dateOfBirth !== undefined
            ? keys.nameDobIdx
            : null,
        vNumberIdx: input.vNumber !== undefined ? keys.vNumberIdx : null,
        bsnIdx: input.bsn !== undefined ? keys.bsnIdx : null,
      },
      youth.id,
    );
  }
  for (const key of Object.keys(input))
    if (key !== "version" && key !== "confirmNotDuplicate") changed.push(key);
  await deps.db.transaction().execute(async (trx) => {
    const ok = await updateYouthVersioned(trx, youth.id, input.version, changes);
    if (!ok)
      throw new DomainError(
        "CONFLICT",
        "This dossier was changed by someone else. Reload it and try again.",
      );
    await appendAudit(trx, auditContext(ctx), {
      action: "youth.update",
      youthId: youth.id,
      recordType: "youth",
      recordIds: [youth.id],
      details: { fields: changed },
    });
    // The date of birth drives the derived "nearly 18" vulnerability.
    if (input.dateOfBirth !== undefined)
      await recomputePicture(trx, deps, youth.id, ctx.now, "youth.update");
  });
  return { version: input.version + 1 };
}
