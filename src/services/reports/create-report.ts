/**
 * Creates a report as a draft, or sends it at once (frozen snapshot). Audited as report.create
 * in the same transaction.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { insertReport } from "../../db/repositories/report.repository.js";
import { findTraject } from "../../db/repositories/traject.repository.js";
import { notFound } from "../../domain/errors.js";
import { isGuardianOf } from "../../domain/steps/policies.js";
import { createReportBody } from "../../shared/reports.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "../steps/reach-for-step.js";
import { freezeReport } from "./freeze-report.js";
import { assertConsentKind, assertSendable, parseReportForm, todayOf } from "./report-forms.js";
import { field } from "../../db/encrypted-columns.js";

export async function createReport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  raw: unknown,
): Promise<{ id: string; version: number; status: string }> {
  const { youth, relation } = await reachForStep(deps, ctx, youthId, "report.create");
  const input = createReportBody.parse(raw);
  assertConsentKind(input.kind, input.consent);
  const form = parseReportForm(input.kind, input.form, !input.send);
  const consent = input.consent ?? null;
  if (input.trajectId && !(await findTraject(deps.db, youth.id, input.trajectId)))
    throw notFound("traject");
  const id = randomUUID();
  const trajectId = input.trajectId ?? null;
  if (input.send)
    assertSendable(input.kind, form, consent, {
      dateOfBirth: deps.crypto.decrypt(youth.dob_enc, field("youths", "dob_enc", youth.id)),
      today: todayOf(ctx.now),
      actorIsGuardian: isGuardianOf(relation),
    });
  const sent = input.send
    ? await freezeReport(deps, ctx, {
        id,
        youthId: youth.id,
        trajectId,
        kind: input.kind,
        form,
        consent,
      })
    : null;
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertReport(trx, {
      id,
      youth_id: youth.id,
      traject_id: trajectId,
      kind: input.kind,
      status: "draft",
      form_enc: deps.crypto.encrypt(JSON.stringify(form), field("reports", "form_enc", id)),
      consent_enc: consent
        ? deps.crypto.encrypt(JSON.stringify(consent), field("reports", "consent_enc", id))
        : null,
      consent_signer: consent?.signer ?? null,
      created_by: ctx.actor.userId,
      created_at: at,
      updated_by: ctx.actor.userId,
      updated_at: at,
      version: 1,
      ...(sent ?? {}),
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "report.create",
      youthId: youth.id,
      recordType: "report",
      recordIds: [id],
      details: { kind: input.kind, sent: input.send, consent: consent?.signer ?? "none" },
    });
  });
  return { id, version: 1, status: sent ? "sent" : "draft" };
}
