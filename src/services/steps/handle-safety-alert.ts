/** The circle records that the acute danger is handled: the alert closes and the picture is recomputed. */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findSafetyAlert,
  markAlertHandled,
} from "../../db/repositories/safety-alert.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { handleAlertBody } from "../../shared/steps.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachForStep } from "./reach-for-step.js";
import { field } from "../../db/encrypted-columns.js";

export async function handleSafetyAlert(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  alertId: string,
  raw: unknown,
): Promise<{ level: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "safety.handle");
  const input = handleAlertBody.parse(raw);
  return deps.db.transaction().execute(async (trx) => {
    const alert = await findSafetyAlert(trx, youth.id, alertId);
    if (!alert) throw notFound("safety alert");
    const ok = await markAlertHandled(
      trx,
      youth.id,
      alert.id,
      ctx.actor.userId,
      ctx.now.toISOString(),
      deps.crypto.encrypt(input.note, field("safety_alerts", "handled_note_enc", alert.id)),
    );
    if (!ok) throw new DomainError("CONFLICT", "This danger was already recorded as handled.");
    await appendAudit(trx, auditContext(ctx), {
      action: "steps.change",
      youthId: youth.id,
      recordType: "safety_alert",
      recordIds: [alert.id],
      details: { event: "handled" },
    });
    const picture = await recomputePicture(trx, deps, youth.id, ctx.now, "safety.handled");
    return { level: picture.level };
  });
}
