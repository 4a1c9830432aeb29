/** Closes a missing episode once it has ended and, after a return, the conversation is recorded. */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { bumpEpisode, updateDetails } from "../../db/repositories/missing.repository.js";
import { DomainError } from "../../domain/errors.js";
import { conversationExpected, MISSING_END_OUTCOMES } from "../../domain/steps/missing-protocol.js";
import { closeEpisodeBody } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep, staleVersion } from "../steps/reach-for-step.js";
import { loadOpenEpisode } from "./load-episode.js";
import { field } from "../../db/encrypted-columns.js";

export async function closeEpisode(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  episodeId: string,
  raw: unknown,
): Promise<{ version: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "missing.change");
  const input = closeEpisodeBody.parse(raw);
  return deps.db.transaction().execute(async (trx) => {
    const e = await loadOpenEpisode(trx, youth.id, episodeId, input.version);
    if (!e.ended_at)
      throw new DomainError(
        "INVALID_TRANSITION",
        "The youth is still recorded as missing. Record the return (or the end) first.",
      );
    const outcome = MISSING_END_OUTCOMES.find((o) => o === e.end_outcome) ?? "returned";
    if (conversationExpected(outcome) && !e.conversation_enc)
      throw new DomainError(
        "INVALID_TRANSITION",
        "Record the return conversation before closing the episode.",
      );
    if (!(await bumpEpisode(trx, e.id, input.version))) throw staleVersion("missing episode");
    await updateDetails(trx, e.id, {
      closed_at: ctx.now.toISOString(),
      closed_by: ctx.actor.userId,
      close_note_enc: deps.crypto.encryptNullable(
        input.note || null,
        field("missing_details", "close_note_enc", e.id),
      ),
      updated_at: ctx.now.toISOString(),
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "missing.change",
      youthId: youth.id,
      recordType: "missing_episode",
      recordIds: [e.id],
      details: { event: "closed" },
    });
    return { version: input.version + 1 };
  });
}
