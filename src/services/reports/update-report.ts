/**
 * Changes a draft report (version; stale → 409) or sends it. A sent report is frozen: changing
 * it is refused; a correction is a new report.
 */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findReport, updateDraftReport } from "../../db/repositories/report.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { isGuardianOf } from "../../domain/steps/policies.js";
import { updateReportBody, type ConsentRecord } from "../../shared/reports.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep, staleVersion } from "../steps/reach-for-step.js";
import { freezeReport } from "./freeze-report.js";
import { assertConsentKind, assertSendable, parseReportForm, todayOf } from "./report-forms.js";
import { reportView } from "./report-view.js";
import { field } from "../../db/encrypted-columns.js";

export async function updateReport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  reportId: string,
  raw: unknown,
): Promise<{ id: string; version: number; status: string }> {
  const { youth, relation } = await reachForStep(deps, ctx, youthId, "report.create");
  const input = updateReportBody.parse(raw);
  const row = await findReport(deps.db, youth.id, reportId);
  if (!row) throw notFound("report");
  if (row.status === "sent")
    throw new DomainError(
      "INVALID_TRANSITION",
      "This report was sent and is frozen. Make a new report to correct or add something.",
    );
  if (row.version !== input.version) throw staleVersion("report");
  const current = reportView(row, deps.crypto);
  assertConsentKind(current.kind, input.consent);
  const form = parseReportForm(current.kind, input.form, !input.send);
  const consent: ConsentRecord | null =
    input.consent === undefined ? current.consent : input.consent;
  if (input.send)
    assertSendable(current.kind, form, consent, {
      dateOfBirth: deps.crypto.decrypt(youth.dob_enc, field("youths", "dob_enc", youth.id)),
      today: todayOf(ctx.now),
      actorIsGuardian: isGuardianOf(relation),
    });
  const sent = input.send
    ? await freezeReport(deps, ctx, {
        id: row.id,
        youthId: youth.id,
        trajectId: row.traject_id,
        kind: current.kind,
        form,
        consent,
      })
    : null;
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const ok = await updateDraftReport(trx, row.id, input.version, {
      form_enc: deps.crypto.encrypt(JSON.stringify(form), field("reports", "form_enc", row.id)),
      consent_enc: consent
        ? deps.crypto.encrypt(JSON.stringify(consent), field("reports", "consent_enc", row.id))
        : null,
      consent_signer: consent?.signer ?? null,
      updated_by: ctx.actor.userId,
      updated_at: at,
      ...(sent ?? {}),
    });
    if (!ok) throw staleVersion("report");
    await appendAudit(trx, auditContext(ctx), {
      action: "report.create",
      youthId: youth.id,
      recordType: "report",
      recordIds: [row.id],
      details: { kind: current.kind, sent: input.send, event: "updated" },
    });
  });
  return { id: row.id, version: input.version + 1, status: sent ? "sent" : "draft" };
}
