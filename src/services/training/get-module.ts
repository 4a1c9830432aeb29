/** One module as a learner sees it, without answers, with their progress (GET modules/:id). */
import { findProgress, findRefresherMonths } from "../../db/repositories/training.repository.js";
import { learnerModule } from "../../domain/training/learner-view.js";
import type { ModuleDetail, TrainingLang } from "../../shared/training.schema.js";
import { localise } from "../catalog/catalog-view.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { requireModule, trainingContent } from "./load-training.js";
import { progressView } from "./progress-view.js";

/** Returns the module in one language; NOT_FOUND for an unknown id. */
export async function getModule(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { id: string; lang: TrainingLang },
): Promise<ModuleDetail> {
  const mod = requireModule(trainingContent(deps), input.id);
  const refresherMonths = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  const row = await findProgress(deps.db, ctx.actor.userId, mod.id);
  return {
    module: localise(learnerModule(mod), input.lang),
    progress: progressView(row, refresherMonths, ctx.now),
  };
}
