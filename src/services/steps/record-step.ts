/**
 * Records a step of a traject: saved as a draft (nothing moves) or completed (the transition
 * table moves the traject on). A safety check that says "danger now" raises a safety alert,
 * also as a draft: danger is never hidden in a draft. Audited in the same transaction.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findTraject,
  insertStepRecord,
  nextStepSeq,
} from "../../db/repositories/traject.repository.js";
import { notFound } from "../../domain/errors.js";
import { asTrajectState, EVENT_OF_STEP, transition } from "../../domain/steps/traject.js";
import { recordStepBody } from "../../shared/steps.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "./reach-for-step.js";
import { raiseAlertIfDanger } from "./safety-alert.js";
import { applyCompletion } from "./step-completion.js";
import { parseStepWhat } from "./step-content.js";
import { field } from "../../db/encrypted-columns.js";

export interface StepResult {
  id: string;
  version: number;
  draft: boolean;
  trajectStatus: string;
  safetyAlertId: string | null;
}

export async function recordStep(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  trajectId: string,
  raw: unknown,
): Promise<StepResult> {
  const { youth } = await reachForStep(deps, ctx, youthId, "steps.change");
  const input = recordStepBody.parse(raw);
  const parsed = parseStepWhat(input.step, input.what, input.draft);
  const at = ctx.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const traject = await findTraject(trx, youth.id, trajectId);
    if (!traject) throw notFound("traject");
    const state = asTrajectState(traject.status);
    // Refused early with the table's message, also for drafts.
    transition(state, EVENT_OF_STEP[input.step]);
    const done = input.draft
      ? { state, what: parsed }
      : await applyCompletion(trx, deps, ctx, {
          traject,
          step: input.step,
          what: parsed,
          why: input.why,
          trajectVersion: input.trajectVersion,
        });
    const id = randomUUID();
    await insertStepRecord(trx, {
      id,
      traject_id: traject.id,
      youth_id: youth.id,
      step: input.step,
      draft: input.draft ? 1 : 0,
      what_enc: deps.crypto.encrypt(
        JSON.stringify(done.what),
        field("step_records", "what_enc", id),
      ),
      why_enc: deps.crypto.encryptNullable(input.why || null, field("step_records", "why_enc", id)),
      created_by: ctx.actor.userId,
      created_at: at,
      updated_by: ctx.actor.userId,
      updated_at: at,
      completed_by: input.draft ? null : ctx.actor.userId,
      completed_at: input.draft ? null : at,
      recorder_org_id: ctx.actor.organisationId,
      seq: await nextStepSeq(trx, traject.id),
      version: 1,
    });
    const safetyAlertId = await raiseAlertIfDanger(trx, deps, ctx, youth.id, id, parsed);
    await appendAudit(trx, auditContext(ctx), {
      action: "steps.change",
      youthId: youth.id,
      recordType: "step",
      recordIds: [id, traject.id],
      details: { step: input.step, draft: input.draft, status: done.state },
    });
    return { id, version: 1, draft: input.draft, trajectStatus: done.state, safetyAlertId };
  });
}
