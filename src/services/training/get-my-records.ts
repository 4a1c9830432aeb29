/** The learner's own training records: every module with status, dates and best score. */
import {
  findRefresherMonths,
  listProgressOfUsers,
} from "../../db/repositories/training.repository.js";
import { findOrganisation, findUserById } from "../../db/repositories/user.repository.js";
import { notFound } from "../../domain/errors.js";
import { isCompletedStatus } from "../../domain/training/status.js";
import type { MyRecords, TrainingLang } from "../../shared/training.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { trainingContent } from "./load-training.js";
import { progressView } from "./progress-view.js";

/** Returns the actor's records in programme order. */
export async function getMyRecords(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { lang: TrainingLang },
): Promise<MyRecords> {
  const user = await findUserById(deps.db, ctx.actor.userId);
  if (!user) throw notFound("user");
  const org = await findOrganisation(deps.db, user.organisation_id);
  const months = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  const rows = await listProgressOfUsers(deps.db, [user.id]);
  const byModule = new Map(rows.map((r) => [r.module_id, r]));
  const records = trainingContent(deps).modules.map((m) => ({
    moduleId: m.id,
    order: m.order,
    title: m.title[input.lang],
    ...progressView(byModule.get(m.id), months, ctx.now),
  }));
  return {
    user: { displayName: user.display_name, organisation: org?.name ?? "" },
    refresherMonths: months,
    allCompleted: records.every((r) => isCompletedStatus(r.status)),
    records,
  };
}
