/**
 * An erasure decision (AVG art. 17, issue 22): the privacy officer decides a deletion request
 * with a reason code and the decision date; the dossier goes through the same path as retention
 * (removeDossier) in one transaction, with a deletion-log row `erasure.<reason>` and an
 * access-log entry. A dossier on legal hold is refused (409) until the hold is lifted.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findActiveHold } from "../../db/repositories/retention-hold.repository.js";
import { findYouthRow } from "../../db/repositories/youth.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import type { ErasureBody } from "../../shared/retention.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { referenceOf } from "./deletion-reference.js";
import { removeDossier } from "./remove-dossier.js";

export async function eraseDossier(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  body: ErasureBody,
): Promise<{ rows: number; reference: string }> {
  authorize(ctx.actor, "subject.erase");
  if (body.decidedOn > ctx.now.toISOString().slice(0, 10))
    throw new DomainError("VALIDATION_FAILED", "The decision date cannot be in the future.");
  const rows = await deps.db.transaction().execute(async (trx) => {
    if (!(await findYouthRow(trx, youthId))) throw notFound("youth");
    if (await findActiveHold(trx, youthId))
      throw new DomainError("CONFLICT", "This dossier is on legal hold. Lift the hold first.");
    const n = await removeDossier(deps, trx, youthId, `erasure.${body.reason}`, ctx.now);
    await appendAudit(trx, auditContext(ctx), {
      action: "subject.erase",
      youthId,
      recordType: "youth",
      recordIds: [youthId],
      details: { reason: body.reason, decidedOn: body.decidedOn, rows: n },
    });
    return n;
  });
  return { rows, reference: referenceOf(deps, [youthId]) };
}
