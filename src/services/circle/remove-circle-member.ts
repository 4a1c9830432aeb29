/** Ends a circle membership with a reason; the membership stays in the history. */
import { notFound } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { endMember, findMember } from "../../db/repositories/circle.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";

export async function removeCircleMember(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  memberId: string,
  reason: string,
): Promise<void> {
  const { youth } = await reachYouth(deps, ctx, youthId, "circle.manage");
  const member = await findMember(deps.db, youth.id, memberId);
  if (!member || member.ended_at !== null) throw notFound("circle member");
  await deps.db.transaction().execute(async (trx) => {
    await endMember(
      trx,
      member.id,
      ctx.actor.userId,
      ctx.now.toISOString(),
      deps.crypto.encrypt(reason, field("circle_members", "ended_reason_enc", member.id)),
    );
    await appendAudit(trx, auditContext(ctx), {
      action: "circle.remove",
      youthId: youth.id,
      recordType: "circle_member",
      recordIds: [member.id, member.user_id],
    });
  });
}
