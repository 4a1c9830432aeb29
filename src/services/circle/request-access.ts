/**
 * A professional outside the circle asks for access with a reason. Works for a youth they cannot
 * reach (they learned of it through the duplicate warning); nothing of the dossier is shown.
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { allowedOnYouth, canReach } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  activeMemberIds,
  findPendingRequest,
  insertAccessRequest,
} from "../../db/repositories/circle.repository.js";
import { findYouthRow, loadRelation } from "../../db/repositories/youth.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { refuseOutOfReach } from "../youths/reach-youth.js";
import { countAccessAttempt, refusedAttempt } from "./access-attempts.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { field } from "../../db/encrypted-columns.js";

export async function requestAccess(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  reason: string,
): Promise<{ id: string }> {
  await countAccessAttempt(deps, ctx, "access.request", youthId);
  const youth = await findYouthRow(deps.db, youthId);
  if (!youth) throw await refuseOutOfReach(deps, ctx, youthId, "access.request");
  const relation = await loadRelation(deps.db, ctx.actor, youth, ctx.now);
  if (!allowedOnYouth(ctx.actor, "access.request", relation)) {
    // A role that can never ask (no casework) must not learn that the youth exists.
    if (!canReach(ctx.actor, relation))
      throw await refuseOutOfReach(deps, ctx, youthId, "access.request");
    throw await refusedAttempt(
      deps,
      ctx,
      "access.request",
      youth.id,
      "already_reaches",
      new DomainError("CONFLICT", "You already have access to this youth."),
    );
  }
  if (await findPendingRequest(deps.db, youth.id, ctx.actor.userId))
    throw await refusedAttempt(
      deps,
      ctx,
      "access.request",
      youth.id,
      "pending_request",
      new DomainError("CONFLICT", "You already asked for access; wait for the answer."),
    );
  const id = randomUUID();
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertAccessRequest(trx, {
      id,
      youth_id: youth.id,
      requester_id: ctx.actor.userId,
      reason_enc: deps.crypto.encrypt(reason, field("access_requests", "reason_enc", id)),
      status: "pending",
      decided_by: null,
      decided_at: null,
      created_at: at,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "access.request",
      youthId: youth.id,
      recordType: "access_request",
      recordIds: [id],
    });
    await notifyUsers(trx, await activeMemberIds(trx, youth.id, at), {
      youthId: youth.id,
      kind: "access_request",
      level: null,
      at,
    });
  });
  return { id };
}
