/**
 * Named training records of professionals (GET /api/training/records): team leads see their own
 * organisation's people, trainers everyone's. Researchers and learners are refused (they get
 * aggregates or their own records).
 */
import { listLearners } from "../../db/repositories/training-dashboard.repository.js";
import {
  listProgressOfUsers,
  listRefresherMonths,
} from "../../db/repositories/training.repository.js";
import {
  authorizeTraining,
  canSeeAllTrainingRecords,
  canSeeTrainingRecordsOf,
} from "../../domain/training/policies.js";
import { isCompletedStatus, moduleStatus } from "../../domain/training/status.js";
import type { LearnerRecords, RecordsQuery } from "../../shared/training-dashboard.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { trainingContent } from "./load-training.js";

/** One page of professionals with their status per module. */
export async function findLearnerRecords(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: RecordsQuery,
): Promise<LearnerRecords> {
  const all = canSeeAllTrainingRecords(ctx.actor);
  const organisationId = input.organisationId ?? (all ? null : ctx.actor.organisationId);
  authorizeTraining(
    all || (!!organisationId && canSeeTrainingRecordsOf(ctx.actor, organisationId)),
  );
  const { rows, total } = await listLearners(deps.db, organisationId, {
    limit: input.limit,
    offset: input.offset,
  });
  const progress = await listProgressOfUsers(
    deps.db,
    rows.map((r) => r.id),
  );
  const refresher = await listRefresherMonths(deps.db);
  const { modules } = trainingContent(deps);
  const items = rows.map((user) => {
    const mine = new Map(
      progress.filter((p) => p.user_id === user.id).map((p) => [p.module_id, p]),
    );
    const months = refresher.get(user.organisation_id) ?? null;
    const statuses = modules.map((m) => {
      const p = mine.get(m.id);
      const dates = p ? { startedAt: p.started_at, lastPassedAt: p.last_passed_at } : null;
      return { moduleId: m.id, status: moduleStatus(dates, months, ctx.now) };
    });
    const completed = [...mine.values()].flatMap((p) => (p.completed_at ? [p.completed_at] : []));
    return {
      userId: user.id,
      displayName: user.display_name,
      organisationId: user.organisation_id,
      completedCount: statuses.filter((s) => isCompletedStatus(s.status)).length,
      refresherDueCount: statuses.filter((s) => s.status === "refresher_due").length,
      lastCompletedAt: completed.sort().at(-1) ?? null,
      modules: statuses,
    };
  });
  return { items, total, limit: input.limit, offset: input.offset };
}
