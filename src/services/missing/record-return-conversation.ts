/** Records the return conversation ("terugkeergesprek") once the youth is back in view. */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { bumpEpisode, updateDetails } from "../../db/repositories/missing.repository.js";
import { DomainError, validationFailed } from "../../domain/errors.js";
import { isoDate } from "../../domain/youth/age.js";
import { conversationBody } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep, staleVersion } from "../steps/reach-for-step.js";
import { loadOpenEpisode } from "./load-episode.js";
import { field } from "../../db/encrypted-columns.js";

export async function recordReturnConversation(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  episodeId: string,
  raw: unknown,
): Promise<{ version: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "missing.change");
  const { version, ...conversation } = conversationBody.parse(raw);
  if (conversation.heldOn > isoDate(ctx.now))
    throw validationFailed("The date is in the future.", [
      { path: "heldOn", message: "in the future" },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    const e = await loadOpenEpisode(trx, youth.id, episodeId, version);
    if (!e.ended_at)
      throw new DomainError(
        "INVALID_TRANSITION",
        "Record the return first: the youth is still recorded as missing.",
      );
    if (!(await bumpEpisode(trx, e.id, version))) throw staleVersion("missing episode");
    await updateDetails(trx, e.id, {
      conversation_enc: deps.crypto.encrypt(
        JSON.stringify(conversation),
        field("missing_details", "conversation_enc", e.id),
      ),
      conversation_by: ctx.actor.userId,
      conversation_at: ctx.now.toISOString(),
      updated_at: ctx.now.toISOString(),
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "missing.change",
      youthId: youth.id,
      recordType: "missing_episode",
      recordIds: [e.id],
      details: { event: "return_conversation", youthTalked: conversation.youthTalked },
    });
    return { version: version + 1 };
  });
}
