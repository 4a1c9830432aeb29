/**
 * "Danger now" in a safety check raises a safety alert: the picture goes to level 4 (the picture
 * engine reads open alerts) and the circle is notified, until the circle records it handled.
 */
import { randomUUID } from "node:crypto";
import { activeMemberIds } from "../../db/repositories/circle.repository.js";
import {
  findOpenAlertBySource,
  insertSafetyAlert,
} from "../../db/repositories/safety-alert.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { recomputePicture } from "../picture/recompute-picture.js";

/** Raises an alert for this step record when it says danger now (once per record). */
export async function raiseAlertIfDanger(
  trx: Db,
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  stepRecordId: string,
  what: Record<string, unknown>,
): Promise<string | null> {
  if (what.dangerNow !== "yes") return null;
  if (await findOpenAlertBySource(trx, youthId, stepRecordId)) return null;
  const id = randomUUID();
  const at = ctx.now.toISOString();
  await insertSafetyAlert(trx, {
    id,
    youth_id: youthId,
    raised_at: at,
    raised_by: ctx.actor.userId,
    handled_at: null,
    handled_by: null,
    source_id: stepRecordId,
  });
  const others = (await activeMemberIds(trx, youthId, at)).filter((u) => u !== ctx.actor.userId);
  await notifyUsers(trx, others, { youthId, kind: "safety_alert", level: 4, at });
  await recomputePicture(trx, deps, youthId, ctx.now, "safety.alert");
  return id;
}
