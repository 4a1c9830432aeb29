/**
 * The refresher interval of an organisation (GET/PUT /api/training/organisations/:id/refresher):
 * after this many months a completion shows as "refresher due"; null switches it off. Team leads
 * set their own organisation's, trainers any.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findRefresherMonths,
  saveRefresherMonths,
} from "../../db/repositories/training.repository.js";
import { findOrganisation } from "../../db/repositories/user.repository.js";
import { notFound } from "../../domain/errors.js";
import {
  authorizeTraining,
  canSeeTrainingRecordsOf,
  canSetRefresherInterval,
} from "../../domain/training/policies.js";
import type { RefresherView } from "../../shared/training-dashboard.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** Reads an organisation's interval (same access as setting it). */
export async function getRefresherInterval(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { organisationId: string },
): Promise<RefresherView> {
  authorizeTraining(canSeeTrainingRecordsOf(ctx.actor, input.organisationId));
  if (!(await findOrganisation(deps.db, input.organisationId))) throw notFound("organisation");
  const months = await findRefresherMonths(deps.db, input.organisationId);
  return { organisationId: input.organisationId, months };
}

/** Sets or clears the interval, with an audit entry in the same transaction. */
export async function setRefresherInterval(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { organisationId: string; months: number | null },
): Promise<RefresherView> {
  authorizeTraining(canSetRefresherInterval(ctx.actor, input.organisationId));
  if (!(await findOrganisation(deps.db, input.organisationId))) throw notFound("organisation");
  await deps.db.transaction().execute(async (trx) => {
    await saveRefresherMonths(
      trx,
      input.organisationId,
      input.months,
      ctx.actor.userId,
      ctx.now.toISOString(),
    );
    await appendAudit(trx, auditContext(ctx), {
      action: "training.settings",
      recordType: "organisation",
      recordIds: [input.organisationId],
      details: { refresherMonths: input.months ?? "none" },
    });
  });
  return { organisationId: input.organisationId, months: input.months };
}
