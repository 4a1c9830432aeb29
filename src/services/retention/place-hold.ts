/**
 * A privacy officer puts a dossier on legal hold (issue 22): nothing of it is removed until the
 * hold is lifted. The reason is encrypted; the access log has the act, not the reason. A hold is
 * due for review a year after it was placed.
 */
import { randomUUID } from "node:crypto";
import { field } from "../../db/encrypted-columns.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findActiveHold, insertHold } from "../../db/repositories/retention-hold.repository.js";
import { findYouthRow } from "../../db/repositories/youth.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import type { PlaceHoldBody } from "../../shared/retention.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** A hold is reviewed yearly. */
export const HOLD_REVIEW_DAYS = 365;

export async function placeHold(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  body: PlaceHoldBody,
): Promise<{ id: string; reviewDueAt: string }> {
  authorize(ctx.actor, "retention.hold");
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const reviewDueAt = new Date(ctx.now.getTime() + HOLD_REVIEW_DAYS * 86_400_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await findYouthRow(trx, youthId))) throw notFound("youth");
    if (await findActiveHold(trx, youthId))
      throw new DomainError("CONFLICT", "This dossier is already on hold.");
    await insertHold(trx, {
      id,
      youth_id: youthId,
      reason_enc: deps.crypto.encrypt(body.reason, field("retention_holds", "reason_enc", id)),
      placed_by: ctx.actor.userId,
      placed_at: at,
      review_due_at: reviewDueAt,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "retention.hold",
      youthId,
      recordType: "retention_hold",
      recordIds: [id],
    });
  });
  return { id, reviewDueAt };
}
