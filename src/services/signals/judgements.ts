/**
 * A professional's own judgement ("ik heb een vermoeden" / "geen vermoeden", with a reason),
 * recorded next to the computed picture and never overwritten by it. It counts as a signal to
 * the circle: members are notified.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { activeMemberIds } from "../../db/repositories/circle.repository.js";
import { insertJudgement, listJudgements } from "../../db/repositories/signal.repository.js";
import { rolesOf } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";
import type { JudgementView } from "../../shared/api/signals.js";

export async function recordJudgement(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  input: { kind: "suspicion" | "no_suspicion"; reason: string },
) {
  const { youth } = await reachYouth(deps, ctx, youthId, "judgement.create");
  const id = randomUUID();
  const at = ctx.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertJudgement(trx, {
      id,
      youth_id: youth.id,
      author_id: ctx.actor.userId,
      kind: input.kind,
      reason_enc: deps.crypto.encrypt(input.reason, field("judgements", "reason_enc", id)),
      created_at: at,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "judgement.create",
      youthId: youth.id,
      recordType: "judgement",
      recordIds: [id],
      details: { kind: input.kind },
    });
    const others = (await activeMemberIds(trx, youth.id, at)).filter((u) => u !== ctx.actor.userId);
    await notifyUsers(trx, others, { youthId: youth.id, kind: "judgement", level: null, at });
    const picture = await recomputePicture(trx, deps, youth.id, ctx.now, "judgement.create");
    return { id, level: picture.level };
  });
}

export async function judgementViews(deps: ServiceDeps, youthId: string): Promise<JudgementView[]> {
  const rows = await listJudgements(deps.db, youthId);
  return rows.map((j) => ({
    id: j.id,
    kind: j.kind as JudgementView["kind"],
    reason: deps.crypto.decrypt(j.reason_enc, field("judgements", "reason_enc", j.id)),
    recordedAt: j.created_at,
    author: {
      id: j.author_id,
      name: j.author_name,
      roles: rolesOf({ roles: j.author_roles }),
      organisation: j.author_org_name,
    },
  }));
}
