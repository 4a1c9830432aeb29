/** Opens a traject for a concern: the guided route starts at the safety check. */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { insertTraject } from "../../db/repositories/traject.repository.js";
import { openTrajectBody } from "../../shared/steps.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "./reach-for-step.js";
import { field } from "../../db/encrypted-columns.js";

/** Creates the traject and returns its id and version. */
export async function openTraject(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  raw: unknown,
): Promise<{ id: string; version: number; status: string }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "steps.change");
  const input = openTrajectBody.parse(raw);
  const id = randomUUID();
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertTraject(trx, {
      id,
      youth_id: youth.id,
      status: "safety_check",
      concern_enc: deps.crypto.encrypt(input.concern, field("trajects", "concern_enc", id)),
      opened_by: ctx.actor.userId,
      opened_at: at,
      updated_at: at,
      version: 1,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "steps.change",
      youthId: youth.id,
      recordType: "traject",
      recordIds: [id],
      details: { event: "opened" },
    });
  });
  return { id, version: 1, status: "safety_check" };
}
