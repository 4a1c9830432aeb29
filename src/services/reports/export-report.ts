/**
 * Exports a sent report as PDF or JSON, from its frozen snapshot. Every export is logged
 * (report.export). A draft cannot be exported: send it first.
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { findReport } from "../../db/repositories/report.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "../steps/reach-for-step.js";
import { renderPdf } from "../training/training-pdf.js";
import type { ReportSnapshot } from "./freeze-report.js";
import { reportDocument } from "./report-document.js";
import { field } from "../../db/encrypted-columns.js";

export interface ReportExport {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

export async function exportReport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  reportId: string,
  format: "pdf" | "json",
): Promise<ReportExport> {
  const { youth } = await reachForStep(deps, ctx, youthId, "report.export");
  const row = await findReport(deps.db, youth.id, reportId);
  if (!row) throw notFound("report");
  if (row.status !== "sent" || !row.snapshot_enc)
    throw new DomainError("CONFLICT", "Only a sent report can be exported. Send it first.");
  const json = deps.crypto.decrypt(row.snapshot_enc, field("reports", "snapshot_enc", row.id));
  const snapshot = JSON.parse(json) as ReportSnapshot;
  const body = format === "pdf" ? await renderPdf(reportDocument(snapshot)) : json;
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "report.export",
    youthId: youth.id,
    recordType: "report",
    recordIds: [row.id],
    details: { kind: row.kind, format },
  });
  const base = `inzicht-${row.kind}-${(row.sent_at ?? "").slice(0, 10)}`;
  return {
    body,
    contentType: format === "pdf" ? "application/pdf" : "application/json; charset=utf-8",
    filename: `${base}.${format}`,
  };
}
