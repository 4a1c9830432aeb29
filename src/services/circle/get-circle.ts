/** Who is (and was) in a youth's circle, with pending access requests for those who decide. */
import { allowedOnYouth } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listAccessRequests, listMembers } from "../../db/repositories/circle.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { CircleView } from "../../shared/api/circle.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";

export async function getCircle(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
): Promise<CircleView> {
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "circle.read");
  const members = await listMembers(deps.db, youth.id);
  const canDecide = allowedOnYouth(ctx.actor, "access.decide", relation);
  const requests = canDecide ? await listAccessRequests(deps.db, youth.id) : [];
  const at = ctx.now.toISOString();
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "circle.read",
    youthId: youth.id,
    recordType: "circle",
    recordIds: [youth.id],
  });
  return {
    members: members.map((m) => ({
      id: m.id,
      userId: m.user_id,
      name: m.display_name,
      roles: rolesOf(m),
      relation: m.relation,
      organisation: { id: m.organisation_id, name: m.organisation_name, type: m.organisation_type },
      readOnly: m.read_only === 1,
      accessUntil: m.access_until,
      addedAt: m.added_at,
      endedAt: m.ended_at,
      endedReason: deps.crypto.decryptNullable(
        m.ended_reason_enc,
        field("circle_members", "ended_reason_enc", m.id),
      ),
      active: m.ended_at === null && (m.access_until === null || m.access_until > at),
    })),
    accessRequests: requests.map((r) => ({
      id: r.id,
      requester: {
        id: r.requester_id,
        name: r.display_name,
        roles: rolesOf(r),
        organisation: r.organisation_name,
      },
      reason: deps.crypto.decrypt(r.reason_enc, field("access_requests", "reason_enc", r.id)),
      status: r.status,
      decidedAt: r.decided_at,
      createdAt: r.created_at,
    })),
  };
}
