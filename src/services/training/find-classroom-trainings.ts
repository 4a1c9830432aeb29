/**
 * Recorded classroom trainings, newest first, paginated (GET /api/training/classroom-trainings).
 * Trainers see all; team leads their own organisation's; others are refused.
 */
import { listClassroomSessions } from "../../db/repositories/training.repository.js";
import { listOrganisations } from "../../db/repositories/user.repository.js";
import {
  authorizeTraining,
  canSeeAllTrainingRecords,
  canSeeTrainingRecordsOf,
} from "../../domain/training/policies.js";
import type { ClassroomList, ClassroomListQuery } from "../../shared/training-dashboard.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** Lists one page; a team lead without a filter gets their own organisation. */
export async function findClassroomTrainings(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: ClassroomListQuery,
): Promise<ClassroomList> {
  const all = canSeeAllTrainingRecords(ctx.actor);
  const organisationId = input.organisationId ?? (all ? undefined : ctx.actor.organisationId);
  authorizeTraining(
    all || (!!organisationId && canSeeTrainingRecordsOf(ctx.actor, organisationId)),
  );
  const year = input.year;
  const { rows, total } = await listClassroomSessions(
    deps.db,
    {
      organisationId,
      from: year ? `${year}-01-01` : undefined,
      to: year ? `${year + 1}-01-01` : undefined,
    },
    { limit: input.limit, offset: input.offset },
  );
  const names = new Map((await listOrganisations(deps.db)).map((o) => [o.id, o.name]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: names.get(r.organisation_id) ?? "",
      heldOn: r.held_on,
      participants: r.participants,
      title: r.title,
      createdAt: r.created_at,
    })),
    total,
    limit: input.limit,
    offset: input.offset,
  };
}
