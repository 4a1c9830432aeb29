/**
 * Changes a draft step (optimistic concurrency on its version) or completes it. A completed step
 * is history and never changes: a correction is a new step record.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findStepRecord,
  findTraject,
  updateStepVersioned,
} from "../../db/repositories/traject.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import {
  asTrajectState,
  EVENT_OF_STEP,
  STEP_KINDS,
  transition,
} from "../../domain/steps/traject.js";
import { updateStepBody } from "../../shared/steps.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep, staleVersion } from "./reach-for-step.js";
import type { StepResult } from "./record-step.js";
import { raiseAlertIfDanger } from "./safety-alert.js";
import { applyCompletion } from "./step-completion.js";
import { parseStepWhat } from "./step-content.js";
import { field } from "../../db/encrypted-columns.js";

export async function updateStep(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  trajectId: string,
  stepId: string,
  raw: unknown,
): Promise<StepResult> {
  const { youth } = await reachForStep(deps, ctx, youthId, "steps.change");
  const input = updateStepBody.parse(raw);
  const at = ctx.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const traject = await findTraject(trx, youth.id, trajectId);
    const record = traject ? await findStepRecord(trx, traject.id, stepId) : undefined;
    if (!traject || !record) throw notFound("step");
    const step = STEP_KINDS.find((s) => s === record.step);
    if (!step) throw notFound("step");
    if (record.draft === 0)
      throw new DomainError(
        "INVALID_TRANSITION",
        "A completed step is history and cannot be changed. Record a new step to correct it.",
      );
    if (record.version !== input.version) throw staleVersion("step");
    const parsed = parseStepWhat(step, input.what, input.draft);
    const state = asTrajectState(traject.status);
    transition(state, EVENT_OF_STEP[step]);
    const done = input.draft
      ? { state, what: parsed }
      : await applyCompletion(trx, deps, ctx, {
          traject,
          step,
          what: parsed,
          why: input.why,
          trajectVersion: input.trajectVersion,
        });
    const ok = await updateStepVersioned(trx, record.id, input.version, {
      draft: input.draft ? 1 : 0,
      what_enc: deps.crypto.encrypt(
        JSON.stringify(done.what),
        field("step_records", "what_enc", record.id),
      ),
      why_enc: deps.crypto.encryptNullable(
        input.why || null,
        field("step_records", "why_enc", record.id),
      ),
      updated_by: ctx.actor.userId,
      updated_at: at,
      completed_by: input.draft ? null : ctx.actor.userId,
      completed_at: input.draft ? null : at,
    });
    if (!ok) throw staleVersion("step");
    const safetyAlertId = await raiseAlertIfDanger(trx, deps, ctx, youth.id, record.id, parsed);
    await appendAudit(trx, auditContext(ctx), {
      action: "steps.change",
      youthId: youth.id,
      recordType: "step",
      recordIds: [record.id, traject.id],
      details: { step, draft: input.draft, status: done.state },
    });
    return {
      id: record.id,
      version: input.version + 1,
      draft: input.draft,
      trajectStatus: done.state,
      safetyAlertId,
    };
  });
}
