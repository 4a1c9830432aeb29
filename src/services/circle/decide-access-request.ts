/** A circle member approves (the requester joins the circle) or declines an access request. */
import { randomUUID } from "node:crypto";
import { DomainError, notFound } from "../../domain/errors.js";
import type { CircleRelation } from "../../domain/roles.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  decideAccessRequest,
  findAccessRequest,
  insertMember,
} from "../../db/repositories/circle.repository.js";
import { findUserById, rolesOf } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { reachYouth } from "../youths/reach-youth.js";

const RELATIONS: readonly string[] = [
  "mentor",
  "guardian",
  "care_coordinator",
  "school",
  "team_lead",
];

export async function decideAccess(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  requestId: string,
  decision: "approved" | "declined",
): Promise<void> {
  const { youth } = await reachYouth(deps, ctx, youthId, "access.decide");
  const request = await findAccessRequest(deps.db, youth.id, requestId);
  if (!request) throw notFound("access request");
  const requester = await findUserById(deps.db, request.requester_id);
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await decideAccessRequest(trx, request.id, decision, ctx.actor.userId, at))) {
      throw new DomainError("CONFLICT", "This request has been decided already.");
    }
    if (decision === "approved" && requester) {
      const relation = (rolesOf(requester).find((r) => RELATIONS.includes(r)) ??
        "other") as CircleRelation;
      await insertMember(trx, {
        id: randomUUID(),
        youth_id: youth.id,
        user_id: requester.id,
        relation,
        read_only: 0,
        access_until: null,
        added_by: ctx.actor.userId,
        added_at: at,
        ended_at: null,
        ended_by: null,
        ended_reason_enc: null,
      });
    }
    await appendAudit(trx, auditContext(ctx), {
      action: "access.decide",
      youthId: youth.id,
      recordType: "access_request",
      recordIds: [request.id],
      details: { decision },
    });
    await notifyUsers(trx, [request.requester_id], {
      youthId: youth.id,
      kind: decision === "approved" ? "access_approved" : "access_declined",
      level: null,
      at,
    });
  });
}
