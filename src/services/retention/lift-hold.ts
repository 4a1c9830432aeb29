/** A privacy officer lifts a dossier's legal hold (issue 22); the retention terms apply again. */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findActiveHold,
  liftHold as liftHoldRow,
} from "../../db/repositories/retention-hold.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export async function liftHold(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  version: number,
): Promise<void> {
  authorize(ctx.actor, "retention.hold");
  await deps.db.transaction().execute(async (trx) => {
    const hold = await findActiveHold(trx, youthId);
    if (!hold) throw notFound("hold");
    if (!(await liftHoldRow(trx, hold.id, version, ctx.actor.userId, ctx.now.toISOString())))
      throw new DomainError("CONFLICT", "The hold changed meanwhile. Reload and try again.");
    await appendAudit(trx, auditContext(ctx), {
      action: "retention.hold_lift",
      youthId,
      recordType: "retention_hold",
      recordIds: [hold.id],
    });
  });
}
