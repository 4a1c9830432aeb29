/**
 * The "Stappen" tab: every traject of a youth (open and closed, history kept) with its steps,
 * review dates, the safety alerts and what the actor may do. Reading is logged.
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listReviews } from "../../db/repositories/review.repository.js";
import { listSafetyAlertsWithPeople } from "../../db/repositories/safety-alert.repository.js";
import { listStepRecords, listTrajects } from "../../db/repositories/traject.repository.js";
import { notFound } from "../../domain/errors.js";
import { stepAbilities } from "../../domain/steps/policies.js";
import type { TrajectList, TrajectView } from "../../shared/steps-view.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "./reach-for-step.js";
import { responsibleOptions } from "./responsible-members.js";
import { alertView, stepView, trajectView } from "./traject-view.js";
import type { PageQuery } from "../../shared/page.schema.js";
import { pageOf } from "../paging.js";

export async function findTrajects(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  page: Partial<PageQuery> = {},
): Promise<TrajectList> {
  const { youth, relation } = await reachForStep(deps, ctx, youthId, "steps.read");
  const [trajects, steps, reviews, alerts] = await Promise.all([
    listTrajects(deps.db, youth.id),
    listStepRecords(deps.db, youth.id),
    listReviews(deps.db, youth.id),
    listSafetyAlertsWithPeople(deps.db, youth.id),
  ]);
  const { items: shown, nextCursor } = pageOf(trajects, page);
  const items = shown.map((t) =>
    trajectView(
      t,
      steps.filter((s) => s.traject_id === t.id).map((s) => stepView(s, deps.crypto)),
      reviews.filter((r) => r.traject_id === t.id),
      deps.crypto,
      ctx.now,
    ),
  );
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "steps.read",
    youthId: youth.id,
    recordType: "traject",
    recordIds: items.map((i) => i.id).slice(0, 50),
  });
  return {
    items,
    nextCursor,
    safetyAlerts: alerts.map((a) => alertView(a, deps.crypto)),
    abilities: stepAbilities(ctx.actor, relation),
    responsibleOptions: await responsibleOptions(deps.db, youth.id, ctx.now.toISOString()),
  };
}

/** One traject (logged as a read). */
export async function getTraject(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  trajectId: string,
): Promise<TrajectView> {
  const list = await findTrajects(deps, ctx, youthId);
  const found = list.items.find((t) => t.id === trajectId);
  if (!found) throw notFound("traject");
  return found;
}
