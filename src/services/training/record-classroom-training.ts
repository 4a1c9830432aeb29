/**
 * A trainer records a classroom training (date, organisation, number of participants) so the
 * dashboard figures include it, as the seed reports them (POST /api/training/classroom-trainings).
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { insertClassroomSession } from "../../db/repositories/training.repository.js";
import { findOrganisation } from "../../db/repositories/user.repository.js";
import { validationFailed } from "../../domain/errors.js";
import { authorizeTraining, canRecordClassroomTraining } from "../../domain/training/policies.js";
import type { ClassroomBody, ClassroomView } from "../../shared/training-dashboard.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** Records the session; only trainers, and the date may not lie in the future. */
export async function recordClassroomTraining(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: ClassroomBody,
): Promise<ClassroomView> {
  authorizeTraining(canRecordClassroomTraining(ctx.actor));
  const org = await findOrganisation(deps.db, input.organisationId);
  if (!org) {
    throw validationFailed("Unknown organisation.", [
      { path: "organisationId", message: "unknown organisation" },
    ]);
  }
  if (input.heldOn > ctx.now.toISOString().slice(0, 10)) {
    throw validationFailed("The date lies in the future.", [
      { path: "heldOn", message: "record a training after it took place" },
    ]);
  }
  const row = {
    id: randomUUID(),
    organisation_id: org.id,
    held_on: input.heldOn,
    participants: input.participants,
    title: input.title ?? null,
    recorded_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertClassroomSession(trx, row);
    await appendAudit(trx, auditContext(ctx), {
      action: "training.classroom",
      recordType: "training_classroom_session",
      recordIds: [row.id],
      details: { organisationId: org.id, heldOn: row.held_on, participants: row.participants },
    });
  });
  return {
    id: row.id,
    organisationId: org.id,
    organisationName: org.name,
    heldOn: row.held_on,
    participants: row.participants,
    title: row.title,
    createdAt: row.created_at,
  };
}
