/** Starts a module (idempotent): the first start is recorded and audited, later ones change nothing. */
import { findRefresherMonths } from "../../db/repositories/training.repository.js";
import type { ProgressView } from "../../shared/training.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { changeProgress } from "./change-progress.js";
import { requireModule, trainingContent } from "./load-training.js";
import { progressView } from "./progress-view.js";

/** Records that the actor started the module and returns their progress. */
export async function startModule(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { id: string },
): Promise<ProgressView> {
  const mod = requireModule(trainingContent(deps), input.id);
  const { row } = await changeProgress(deps, ctx, mod.id, async () => ({
    patch: null,
    audit: null,
    result: null,
  }));
  const months = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  return progressView(row, months, ctx.now);
}
