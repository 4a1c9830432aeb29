/**
 * "Break the glass": a care coordinator or team lead outside the circle opens a dossier in an
 * emergency, with a mandatory reason, for 24 hours. Flagged in the log and shown to the circle.
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { allowedOnYouth, canReach } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { activeMemberIds, insertEmergencyAccess } from "../../db/repositories/circle.repository.js";
import { findYouthRow, loadRelation } from "../../db/repositories/youth.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { refuseOutOfReach } from "../youths/reach-youth.js";
import { countAccessAttempt, refusedAttempt } from "./access-attempts.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { field } from "../../db/encrypted-columns.js";

export const EMERGENCY_HOURS = 24;

export async function grantEmergencyAccess(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  reason: string,
): Promise<{ id: string; expiresAt: string }> {
  await countAccessAttempt(deps, ctx, "access.emergency", youthId);
  const youth = await findYouthRow(deps.db, youthId);
  if (!youth) throw await refuseOutOfReach(deps, ctx, youthId, "access.emergency");
  const relation = await loadRelation(deps.db, ctx.actor, youth, ctx.now);
  if (!allowedOnYouth(ctx.actor, "access.emergency", relation)) {
    // Only a role that may break the glass learns that the youth exists.
    if (!canReach(ctx.actor, relation))
      throw await refuseOutOfReach(deps, ctx, youthId, "access.emergency");
    throw await refusedAttempt(
      deps,
      ctx,
      "access.emergency",
      youth.id,
      "not_allowed",
      new DomainError(
        "FORBIDDEN",
        "Emergency access is for care coordinators and team leads outside the circle.",
      ),
    );
  }
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + EMERGENCY_HOURS * 3_600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertEmergencyAccess(trx, {
      id,
      youth_id: youth.id,
      user_id: ctx.actor.userId,
      reason_enc: deps.crypto.encrypt(reason, field("emergency_access", "reason_enc", id)),
      started_at: at,
      expires_at: expiresAt,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "access.emergency",
      youthId: youth.id,
      recordType: "emergency_access",
      recordIds: [id],
      reason,
      details: { emergency: true, hours: EMERGENCY_HOURS },
    });
    await notifyUsers(trx, await activeMemberIds(trx, youth.id, at), {
      youthId: youth.id,
      kind: "emergency_access",
      level: null,
      at,
    });
  });
  return { id, expiresAt };
}
