/** Ticks (or un-ticks) an item of the immediate checklist, with the time it was done. */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findChecklistItem,
  findEpisode,
  updateChecklistVersioned,
} from "../../db/repositories/missing.repository.js";
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { checklistBody } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep, staleVersion } from "../steps/reach-for-step.js";
import { field } from "../../db/encrypted-columns.js";

export async function tickChecklistItem(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  episodeId: string,
  item: string,
  raw: unknown,
): Promise<{ version: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "missing.change");
  const input = checklistBody.parse(raw);
  const doneAt = input.doneAt ? new Date(input.doneAt).toISOString() : ctx.now.toISOString();
  if (Date.parse(doneAt) > ctx.now.getTime())
    throw validationFailed("The time is in the future.", [
      { path: "doneAt", message: "in the future" },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    const episode = await findEpisode(trx, youth.id, episodeId);
    const row = episode ? await findChecklistItem(trx, episode.id, item) : undefined;
    if (!episode || !row) throw notFound("checklist item");
    if (episode.closed_at)
      throw new DomainError("INVALID_TRANSITION", "This missing episode is closed.");
    if (row.version !== input.version) throw staleVersion("checklist item");
    const ok = await updateChecklistVersioned(trx, row.id, input.version, {
      done_at: input.done ? doneAt : null,
      done_by: input.done ? ctx.actor.userId : null,
      recorded_at: input.done ? ctx.now.toISOString() : null,
      note_enc: deps.crypto.encryptNullable(
        input.note || null,
        field("missing_checklist_items", "note_enc", row.id),
      ),
    });
    if (!ok) throw staleVersion("checklist item");
    await appendAudit(trx, auditContext(ctx), {
      action: "missing.change",
      youthId: youth.id,
      recordType: "missing_checklist",
      recordIds: [row.id, episode.id],
      details: { item, done: input.done },
    });
    return { version: input.version + 1 };
  });
}
