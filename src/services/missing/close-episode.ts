/**
 * Closes a missing episode once it has ended and, after a return, the conversation is recorded.
 * Required checklist items still open need a reason each (`skipped`); without one the close is
 * refused with a 400 naming each open item, and nothing changes.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  bumpEpisode,
  listEpisodeChecklist,
  setSkipReason,
  updateDetails,
} from "../../db/repositories/missing.repository.js";
import { DomainError, validationFailed } from "../../domain/errors.js";
import {
  closeProblems,
  conversationExpected,
  MISSING_END_OUTCOMES,
} from "../../domain/steps/missing-protocol.js";
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
    const checklist = await listEpisodeChecklist(trx, e.id);
    const reasons: Partial<Record<string, string>> = input.skipped ?? {};
    const problems = closeProblems(
      checklist.map((c) => ({
        item: c.item,
        required: c.required === 1,
        done: c.done_at !== null,
      })),
      reasons,
    );
    if (problems.length > 0)
      throw validationFailed(
        "Required checklist items are still open. Do them first, or say per item why not.",
        problems.map((p) => ({
          path: `skipped.${p.item}`,
          message: p.problem === "reason_needed" ? "still open: say why" : "this item is not open",
        })),
      );
    if (!(await bumpEpisode(trx, e.id, input.version))) throw staleVersion("missing episode");
    const skippedIds: string[] = [];
    for (const c of checklist) {
      const reason = reasons[c.item];
      if (!reason) continue;
      await setSkipReason(
        trx,
        c.id,
        deps.crypto.encrypt(reason, field("missing_checklist_items", "skip_reason_enc", c.id)),
      );
      skippedIds.push(c.id);
    }
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
      recordIds: [e.id, ...skippedIds],
      details: { event: "closed", openItemsWithReason: skippedIds.length },
    });
    return { version: input.version + 1 };
  });
}
