/**
 * Completing a step: the transition table decides the traject's next state; per step the
 * consequences follow in the same transaction (the weigh suggestion is stored, monitoring plans
 * a review date, closing ends the traject and cancels its open reviews).
 */
import { randomUUID } from "node:crypto";
import { cancelOpenReviews, insertReview } from "../../db/repositories/review.repository.js";
import {
  listStepRecords,
  updateTrajectVersioned,
  type TrajectRow,
} from "../../db/repositories/traject.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import { validationFailed } from "../../domain/errors.js";
import {
  followsSuggestion,
  suggestDecision,
  type WeighSuggestion,
} from "../../domain/steps/afwegingskader.js";
import {
  asTrajectState,
  EVENT_OF_STEP,
  transition,
  type StepKind,
  type TrajectState,
} from "../../domain/steps/traject.js";
import { isoDate } from "../../domain/youth/age.js";
import type { StepWhat } from "../../shared/steps.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { assertResponsible, reviewDueAt } from "./responsible-members.js";
import { staleVersion } from "./reach-for-step.js";
import { assertCompletable } from "./step-content.js";
import { field } from "../../db/encrypted-columns.js";

/** The latest completed weigh suggestion of a traject (null when not weighed yet). */
export async function latestSuggestion(
  db: Db,
  deps: ServiceDeps,
  youthId: string,
  trajectId: string,
): Promise<WeighSuggestion | null> {
  const weighs = (await listStepRecords(db, youthId)).filter(
    (r) => r.traject_id === trajectId && r.step === "weigh" && r.draft === 0,
  );
  const last = weighs[weighs.length - 1];
  if (!last) return null;
  const what = JSON.parse(
    deps.crypto.decrypt(last.what_enc, field("step_records", "what_enc", last.id)),
  ) as { suggestion?: WeighSuggestion };
  return what.suggestion ?? null;
}

export interface Completion {
  state: TrajectState;
  /** The "what" to store: with the server's additions (suggestion, followsSuggestion). */
  what: Record<string, unknown>;
}

/** Checks, transitions and applies a completed step. The caller stores the record. */
export async function applyCompletion(
  trx: Db,
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  a: {
    traject: TrajectRow;
    step: StepKind;
    what: Record<string, unknown>;
    why: string | undefined;
    trajectVersion: number | undefined;
  },
): Promise<Completion> {
  const { traject, step } = a;
  if (a.trajectVersion === undefined)
    throw validationFailed("Send the traject version you saw to complete a step.", [
      { path: "trajectVersion", message: "required to complete a step" },
    ]);
  if (a.trajectVersion !== traject.version) throw staleVersion("traject");
  const next = transition(asTrajectState(traject.status), EVENT_OF_STEP[step]);
  const suggestion =
    step === "decide" ? await latestSuggestion(trx, deps, traject.youth_id, traject.id) : null;
  assertCompletable(step, a.what, a.why, suggestion);
  const at = ctx.now.toISOString();
  const what = { ...a.what };
  if (step === "weigh") what.suggestion = suggestDecision((a.what as StepWhat<"weigh">).answers);
  if (step === "decide" && suggestion)
    what.followsSuggestion = followsSuggestion(
      suggestion,
      (a.what as StepWhat<"decide">).decisions,
    );
  if (step === "monitor") {
    const m = a.what as StepWhat<"monitor">;
    if (m.nextReviewOn < isoDate(ctx.now))
      throw validationFailed("The review date is in the past.", [
        { path: "what.nextReviewOn", message: "in the past" },
      ]);
    await assertResponsible(
      trx,
      traject.youth_id,
      m.reviewResponsibleId,
      at,
      "what.reviewResponsibleId",
    );
    await insertReview(trx, {
      id: randomUUID(),
      youth_id: traject.youth_id,
      traject_id: traject.id,
      episode_id: null,
      kind: "traject",
      due_at: reviewDueAt(m.nextReviewOn),
      responsible_id: m.reviewResponsibleId,
      note_enc: null,
      created_by: ctx.actor.userId,
      created_at: at,
      version: 1,
    });
  }
  const closing = step === "close";
  if (closing) await cancelOpenReviews(trx, { trajectId: traject.id }, at);
  const ok = await updateTrajectVersioned(trx, traject.id, traject.version, {
    status: next,
    updated_at: at,
    ...(closing
      ? {
          closed_at: at,
          closed_by: ctx.actor.userId,
          close_reason: (a.what as StepWhat<"close">).reason,
          handover_on:
            (a.what as StepWhat<"close">).reason === "handover_at_18"
              ? ((a.what as StepWhat<"close">).handoverOn ?? null)
              : null,
        }
      : {}),
  });
  if (!ok) throw staleVersion("traject");
  return { state: next, what };
}
