/** The "Vermissing" tab: every missing episode of a youth (history kept). Reading is logged. */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listChecklist, listEpisodes } from "../../db/repositories/missing.repository.js";
import { listReviews } from "../../db/repositories/review.repository.js";
import { allowedStep } from "../../domain/steps/policies.js";
import type { EpisodeList } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "../steps/reach-for-step.js";
import type { PageQuery } from "../../shared/page.schema.js";
import { pageOf } from "../paging.js";
import { episodeView } from "./episode-view.js";

export async function findEpisodes(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  page: Partial<PageQuery> = {},
): Promise<EpisodeList> {
  const { youth, relation } = await reachForStep(deps, ctx, youthId, "missing.read");
  const [episodes, checklist, reviews] = await Promise.all([
    listEpisodes(deps.db, youth.id),
    listChecklist(deps.db, youth.id),
    listReviews(deps.db, youth.id),
  ]);
  const { items, nextCursor } = pageOf(
    episodes.map((e) => episodeView(e, checklist, reviews, deps.crypto, ctx.now)),
    page,
  );
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "steps.read",
    youthId: youth.id,
    recordType: "missing_episode",
    recordIds: items.map((i) => i.id).slice(0, 50),
  });
  return {
    items,
    nextCursor,
    youthStatus: youth.status,
    level: youth.level,
    abilities: {
      change: allowedStep(ctx.actor, "missing.change", relation),
      exportSummary: allowedStep(ctx.actor, "report.export", relation),
    },
  };
}
