/** Records that the learner opened a page of a module (once per page; starts the module). */
import { findRefresherMonths } from "../../db/repositories/training.repository.js";
import { notFound } from "../../domain/errors.js";
import type { ProgressView } from "../../shared/training.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { changeProgress } from "./change-progress.js";
import { requireModule, trainingContent } from "./load-training.js";
import { pagesViewed, progressView } from "./progress-view.js";

/** Marks one page as viewed; NOT_FOUND for an unknown module or page. */
export async function recordPageView(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { id: string; pageId: string },
): Promise<ProgressView> {
  const mod = requireModule(trainingContent(deps), input.id);
  if (!mod.pages.some((p) => p.id === input.pageId)) throw notFound("training page");
  const { row } = await changeProgress(deps, ctx, mod.id, async (current) => {
    const seen = pagesViewed(current);
    if (seen.includes(input.pageId)) return { patch: null, audit: null, result: null };
    return {
      patch: { pages_viewed: JSON.stringify([...seen, input.pageId]) },
      audit: { event: "page", pageId: input.pageId },
      result: null,
    };
  });
  const months = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  return progressView(row, months, ctx.now);
}
