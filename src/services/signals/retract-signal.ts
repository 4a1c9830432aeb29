/**
 * Retracts a signal with a reason. The signal stays in history, marked "ingetrokken door X op D:
 * reden"; the picture is recomputed as if it had never been recorded.
 */
import { randomUUID } from "node:crypto";
import { DomainError, notFound } from "../../domain/errors.js";
import { canRetractSignal, canSeeSignal } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findRetraction,
  findSignal,
  insertRetraction,
} from "../../db/repositories/signal.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";

export async function retractSignal(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  signalId: string,
  reason: string,
): Promise<{ level: number }> {
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "youth.read");
  const signal = await findSignal(deps.db, youth.id, signalId);
  if (!signal || !canSeeSignal(ctx.actor, relation, signal.recorder_org_id))
    throw notFound("signal");
  if (!canRetractSignal(ctx.actor, relation, signal.recorded_by)) {
    throw new DomainError(
      "FORBIDDEN",
      "Only the person who recorded the signal, or the team lead, can retract it.",
    );
  }
  if (await findRetraction(deps.db, signal.id))
    throw new DomainError("CONFLICT", "This signal has been retracted already.");
  return deps.db.transaction().execute(async (trx) => {
    const id = randomUUID();
    await insertRetraction(trx, {
      id,
      signal_id: signal.id,
      youth_id: youth.id,
      retracted_by: ctx.actor.userId,
      retractor_role: ctx.actorRole,
      retractor_org_id: ctx.actor.organisationId,
      reason_enc: deps.crypto.encrypt(reason, field("signal_retractions", "reason_enc", id)),
      created_at: ctx.now.toISOString(),
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "signal.retract",
      youthId: youth.id,
      recordType: "signal",
      recordIds: [signal.id, id],
    });
    const picture = await recomputePicture(trx, deps, youth.id, ctx.now, "signal.retract");
    return { level: picture.level };
  });
}
