/**
 * The youth is back in view (returned, found) or left care while missing: the episode gets its
 * end, the youth's status follows, the reviews still open are cancelled and the picture is
 * re-assessed. The episode stays in history and keeps counting as a vulnerability.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { bumpEpisode, updateDetails } from "../../db/repositories/missing.repository.js";
import { cancelOpenReviews } from "../../db/repositories/review.repository.js";
import { findYouthRow, updateYouthVersioned } from "../../db/repositories/youth.repository.js";
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { statusAfter } from "../../domain/steps/missing-protocol.js";
import { endEpisodeBody } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachForStep, staleVersion } from "../steps/reach-for-step.js";
import { loadOpenEpisode } from "./load-episode.js";
import { field } from "../../db/encrypted-columns.js";

export async function endEpisode(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  episodeId: string,
  raw: unknown,
): Promise<{ version: number; level: number; previousLevel: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "missing.change");
  const input = endEpisodeBody.parse(raw);
  const endedAt = new Date(input.endedAt).toISOString();
  const at = ctx.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const e = await loadOpenEpisode(trx, youth.id, episodeId, input.version);
    if (e.ended_at)
      throw new DomainError("INVALID_TRANSITION", "The end of this episode is already recorded.");
    if (endedAt > at || endedAt < e.started_at)
      throw validationFailed("The end must lie between last seen and now.", [
        { path: "endedAt", message: endedAt > at ? "in the future" : "before last seen" },
      ]);
    if (!(await bumpEpisode(trx, e.id, input.version, { ended_at: endedAt })))
      throw staleVersion("missing episode");
    await updateDetails(trx, e.id, {
      end_outcome: input.outcome,
      found_where_enc: deps.crypto.encryptNullable(
        input.foundWhere || null,
        field("missing_details", "found_where_enc", e.id),
      ),
      ended_by: ctx.actor.userId,
      updated_at: at,
    });
    const current = await findYouthRow(trx, youth.id);
    if (!current) throw notFound("youth");
    if (current.status === "missing") {
      const ok = await updateYouthVersioned(trx, youth.id, current.version, {
        status: statusAfter(input.outcome),
        updated_at: at,
      });
      if (!ok) throw new DomainError("CONFLICT", "The dossier changed meanwhile. Try again.");
    }
    await cancelOpenReviews(trx, { episodeId: e.id }, at);
    await appendAudit(trx, auditContext(ctx), {
      action: "missing.change",
      youthId: youth.id,
      recordType: "missing_episode",
      recordIds: [e.id],
      details: { event: "ended", outcome: input.outcome },
    });
    const picture = await recomputePicture(trx, deps, youth.id, ctx.now, "missing.end");
    return {
      version: input.version + 1,
      level: picture.level,
      previousLevel: picture.previousLevel,
    };
  });
}
