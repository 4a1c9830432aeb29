/**
 * Records a disappearance: last seen (when, where, with whom), circumstances, belongings and
 * phone. The youth's status becomes "missing", the picture is recomputed (missing now → level
 * 4 when there were concerns), the circle is notified, the checklist and the 24 h / 72 h / weekly
 * reviews are planned — all in one transaction with the audit entry.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { activeMemberIds } from "../../db/repositories/circle.repository.js";
import {
  findOngoingEpisode,
  insertChecklist,
  insertEpisode,
} from "../../db/repositories/missing.repository.js";
import { insertReview } from "../../db/repositories/review.repository.js";
import { findYouthRow, updateYouthVersioned } from "../../db/repositories/youth.repository.js";
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { checklistFor, missingReviewSchedule } from "../../domain/steps/missing-protocol.js";
import { openEpisodeBody } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachForStep } from "../steps/reach-for-step.js";
import { belongingsJson } from "./episode-view.js";
import { field } from "../../db/encrypted-columns.js";

export async function openEpisode(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  raw: unknown,
): Promise<{ id: string; version: number; level: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "missing.change");
  const input = openEpisodeBody.parse(raw);
  if (Date.parse(input.lastSeenAt) > ctx.now.getTime())
    throw validationFailed("Last seen is in the future.", [
      { path: "lastSeenAt", message: "in the future" },
    ]);
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const c = deps.crypto;
  return deps.db.transaction().execute(async (trx) => {
    if (await findOngoingEpisode(trx, youth.id))
      throw new DomainError("CONFLICT", "This youth is already recorded as missing.");
    const current = await findYouthRow(trx, youth.id);
    if (!current) throw notFound("youth");
    await insertEpisode(
      trx,
      {
        id,
        youth_id: youth.id,
        started_at: new Date(input.lastSeenAt).toISOString(),
        ended_at: null,
        created_by: ctx.actor.userId,
        created_at: at,
        version: 1,
      },
      {
        episode_id: id,
        youth_id: youth.id,
        reported_at: at,
        last_seen_where_enc: c.encrypt(
          input.lastSeenWhere,
          field("missing_details", "last_seen_where_enc", id),
        ),
        last_seen_with_enc: c.encryptNullable(
          input.lastSeenWith || null,
          field("missing_details", "last_seen_with_enc", id),
        ),
        circumstances_enc: c.encrypt(
          input.circumstances,
          field("missing_details", "circumstances_enc", id),
        ),
        belongings_enc: c.encrypt(
          belongingsJson(input),
          field("missing_details", "belongings_enc", id),
        ),
        level_at_start: current.level,
        updated_at: at,
      },
    );
    const ok = await updateYouthVersioned(trx, youth.id, current.version, {
      status: "missing",
      updated_at: at,
    });
    if (!ok) throw new DomainError("CONFLICT", "The dossier changed meanwhile. Try again.");
    const picture = await recomputePicture(trx, deps, youth.id, ctx.now, "missing.open");
    const checklist = checklistFor(picture.level).map((i) => ({
      id: randomUUID(),
      episode_id: id,
      youth_id: youth.id,
      item: i.item,
      required: i.required ? 1 : 0,
      created_at: at,
      version: 1,
    }));
    await insertChecklist(trx, checklist);
    for (const r of missingReviewSchedule(at)) {
      await insertReview(trx, {
        id: randomUUID(),
        youth_id: youth.id,
        traject_id: null,
        episode_id: id,
        kind: r.kind,
        due_at: r.dueAt,
        responsible_id: ctx.actor.userId,
        created_by: ctx.actor.userId,
        created_at: at,
        version: 1,
      });
    }
    const others = (await activeMemberIds(trx, youth.id, at)).filter((u) => u !== ctx.actor.userId);
    await notifyUsers(trx, others, {
      youthId: youth.id,
      kind: "missing",
      level: picture.level,
      at,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "missing.change",
      youthId: youth.id,
      recordType: "missing_episode",
      recordIds: [id],
      details: { event: "opened", level: picture.level },
    });
    return { id, version: 1, level: picture.level };
  });
}
