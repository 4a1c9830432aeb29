/**
 * Moves a youth to another location with a mandatory handover note. The new location's team
 * lead reaches the youth through the location; a named new mentor joins the circle; the old
 * mentor keeps read-only access for 30 days; the guardian and others stay.
 */
import { randomUUID } from "node:crypto";
import { DomainError, validationFailed } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { insertMember, limitMember, listMembers } from "../../db/repositories/circle.repository.js";
import { findOrganisation, findUserById, rolesOf } from "../../db/repositories/user.repository.js";
import {
  endCurrentLocation,
  insertHandoverNote,
  insertLocation,
  updateYouthVersioned,
} from "../../db/repositories/youth.repository.js";
import { relocateBody } from "../../shared/youth.schema.js";
import type { z } from "zod";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "./reach-youth.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { field } from "../../db/encrypted-columns.js";

export const HANDOVER_READ_DAYS = 30;

export async function relocateYouth(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  raw: z.input<typeof relocateBody>,
): Promise<{ version: number; handoverNoteId: string }> {
  const { youth } = await reachYouth(deps, ctx, youthId, "youth.relocate");
  const input = relocateBody.parse(raw);
  if (input.toLocationId === youth.location_id)
    throw validationFailed("The youth is already at this location.", [
      { path: "toLocationId", message: "same location" },
    ]);
  const target = await findOrganisation(deps.db, input.toLocationId);
  if (!target || target.type !== "coa_location" || target.deactivated_at !== null)
    throw validationFailed("Choose a reception location.", [
      { path: "toLocationId", message: "not a location" },
    ]);
  const newMentor = input.newMentorId ? await findUserById(deps.db, input.newMentorId) : undefined;
  if (
    input.newMentorId &&
    (!newMentor ||
      newMentor.organisation_id !== target.id ||
      !rolesOf(newMentor).includes("mentor"))
  ) {
    throw validationFailed("The new mentor must be a mentor at the new location.", [
      { path: "newMentorId", message: "not a mentor there" },
    ]);
  }
  const at = ctx.now.toISOString();
  const until = new Date(ctx.now.getTime() + HANDOVER_READ_DAYS * 86_400_000).toISOString();
  const noteId = randomUUID();
  const c = deps.crypto;
  await deps.db.transaction().execute(async (trx) => {
    const ok = await updateYouthVersioned(trx, youth.id, input.version, {
      location_id: target.id,
      updated_at: at,
    });
    if (!ok)
      throw new DomainError(
        "CONFLICT",
        "This dossier was changed by someone else. Reload it and try again.",
      );
    await insertHandoverNote(trx, {
      id: noteId,
      youth_id: youth.id,
      from_organisation_id: youth.location_id,
      to_organisation_id: target.id,
      open_concerns_enc: c.encrypt(
        input.handover.openConcerns,
        field("handover_notes", "open_concerns_enc", noteId),
      ),
      safety_agreements_enc: c.encrypt(
        input.handover.safetyAgreements,
        field("handover_notes", "safety_agreements_enc", noteId),
      ),
      next_steps_enc: c.encrypt(
        input.handover.nextSteps,
        field("handover_notes", "next_steps_enc", noteId),
      ),
      created_by: ctx.actor.userId,
      created_at: at,
    });
    await endCurrentLocation(trx, youth.id, at);
    await insertLocation(trx, {
      id: randomUUID(),
      youth_id: youth.id,
      organisation_id: target.id,
      started_at: at,
      ended_at: null,
      handover_note_id: noteId,
    });
    const members = await listMembers(trx, youth.id);
    for (const m of members) {
      if (m.ended_at === null && m.relation === "mentor" && m.organisation_id === youth.location_id)
        await limitMember(trx, m.id, until);
      if (
        m.ended_at === null &&
        m.relation === "team_lead" &&
        m.organisation_id === youth.location_id
      )
        await limitMember(trx, m.id, until);
    }
    if (
      newMentor &&
      !members.some((m) => m.user_id === newMentor.id && m.ended_at === null && m.read_only === 0)
    ) {
      await insertMember(trx, {
        id: randomUUID(),
        youth_id: youth.id,
        user_id: newMentor.id,
        relation: "mentor",
        read_only: 0,
        access_until: null,
        added_by: ctx.actor.userId,
        added_at: at,
        ended_at: null,
        ended_by: null,
        ended_reason_enc: null,
      });
    }
    await appendAudit(trx, auditContext(ctx), {
      action: "youth.relocate",
      youthId: youth.id,
      recordType: "handover_note",
      recordIds: [noteId],
      details: { from: youth.location_id, to: target.id, newMentor: newMentor?.id ?? "" },
    });
    if (newMentor)
      await notifyUsers(trx, [newMentor.id], {
        youthId: youth.id,
        kind: "handover",
        level: null,
        at,
      });
    // Moves count towards the derived "many moves" vulnerability.
    await recomputePicture(trx, deps, youth.id, ctx.now, "youth.relocate");
  });
  return { version: input.version + 1, handoverNoteId: noteId };
}
