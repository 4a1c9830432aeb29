/**
 * Records a review as done (optimistic concurrency on its version), with the outcome and
 * optionally the next review date. A traject review is the table's "review_done" event (only
 * while monitoring); a weekly missing review plans the next week while the youth is missing.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findOngoingEpisode } from "../../db/repositories/missing.repository.js";
import {
  completeReviewVersioned,
  findReview,
  insertReview,
  type ReviewRow,
} from "../../db/repositories/review.repository.js";
import { findTraject } from "../../db/repositories/traject.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import { notFound, validationFailed } from "../../domain/errors.js";
import { nextWeeklyReview } from "../../domain/steps/missing-protocol.js";
import { asTrajectState, transition } from "../../domain/steps/traject.js";
import { isoDate } from "../../domain/youth/age.js";
import { completeReviewBody, type CompleteReviewBody } from "../../shared/steps.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep, staleVersion } from "./reach-for-step.js";
import { assertResponsible, reviewDueAt } from "./responsible-members.js";
import { field } from "../../db/encrypted-columns.js";

async function nextDueAt(
  trx: Db,
  review: ReviewRow,
  input: CompleteReviewBody,
  now: Date,
): Promise<string | null> {
  if (input.nextReviewOn) {
    if (input.nextReviewOn < isoDate(now))
      throw validationFailed("The next review date is in the past.", [
        { path: "nextReviewOn", message: "in the past" },
      ]);
    return reviewDueAt(input.nextReviewOn);
  }
  if (review.kind === "missing_weekly" && (await findOngoingEpisode(trx, review.youth_id)))
    return nextWeeklyReview(now.toISOString());
  return null;
}

export async function completeReview(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  reviewId: string,
  raw: unknown,
): Promise<{ id: string; version: number; nextReviewId: string | null }> {
  const input = completeReviewBody.parse(raw);
  const probe = await reachForStep(deps, ctx, youthId, "steps.read");
  const review = await findReview(deps.db, probe.youth.id, reviewId);
  if (!review) throw notFound("review");
  const missing = review.episode_id !== null;
  const { youth } = await reachForStep(
    deps,
    ctx,
    youthId,
    missing ? "missing.change" : "steps.change",
  );
  const at = ctx.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (review.traject_id) {
      const traject = await findTraject(trx, youth.id, review.traject_id);
      if (!traject) throw notFound("traject");
      transition(asTrajectState(traject.status), "review_done");
    }
    const ok = await completeReviewVersioned(trx, review.id, input.version, {
      by: ctx.actor.userId,
      at,
      outcomeEnc: deps.crypto.encrypt(
        input.outcome,
        field("review_dates", "outcome_enc", review.id),
      ),
    });
    if (!ok) throw staleVersion("review");
    const due = await nextDueAt(trx, review, input, ctx.now);
    const responsible = input.responsibleId ?? review.responsible_id;
    let nextReviewId: string | null = null;
    if (due) {
      await assertResponsible(trx, youth.id, responsible, at, "responsibleId");
      nextReviewId = randomUUID();
      await insertReview(trx, {
        id: nextReviewId,
        youth_id: youth.id,
        traject_id: review.traject_id,
        episode_id: review.episode_id,
        kind: review.kind,
        due_at: due,
        responsible_id: responsible,
        note_enc: null,
        created_by: ctx.actor.userId,
        created_at: at,
        version: 1,
      });
    }
    await appendAudit(trx, auditContext(ctx), {
      action: missing ? "missing.change" : "steps.change",
      youthId: youth.id,
      recordType: "review",
      recordIds: nextReviewId ? [review.id, nextReviewId] : [review.id],
      details: { kind: review.kind, event: "review_done" },
    });
    return { id: review.id, version: input.version + 1, nextReviewId };
  });
}
