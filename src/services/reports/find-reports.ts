/** Every report of a youth (drafts and sent, newest first) for the "Meldingen" tab. Logged. */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { findReport, listReports } from "../../db/repositories/report.repository.js";
import { notFound } from "../../domain/errors.js";
import { allowedStep } from "../../domain/steps/policies.js";
import type { ReportList, ReportView } from "../../shared/reports.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "../steps/reach-for-step.js";
import type { PageQuery } from "../../shared/page.schema.js";
import { pageOf } from "../paging.js";
import { consentRuleFor } from "./consent-rule.js";
import { reportView } from "./report-view.js";

export async function findReports(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  page: Partial<PageQuery> = {},
): Promise<ReportList> {
  const { youth, relation } = await reachForStep(deps, ctx, youthId, "report.read");
  const all = (await listReports(deps.db, youth.id)).map((r) => reportView(r, deps.crypto));
  const { items, nextCursor } = pageOf(all, page);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "steps.read",
    youthId: youth.id,
    recordType: "report",
    recordIds: items.map((i) => i.id).slice(0, 50),
  });
  return {
    items,
    nextCursor,
    abilities: {
      create: allowedStep(ctx.actor, "report.create", relation),
      export: allowedStep(ctx.actor, "report.export", relation),
    },
    consentRule: consentRuleFor(youth, deps.crypto, relation, ctx.now),
  };
}

/** One report (logged as a read). */
export async function getReport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  reportId: string,
): Promise<ReportView> {
  const { youth } = await reachForStep(deps, ctx, youthId, "report.read");
  const row = await findReport(deps.db, youth.id, reportId);
  if (!row) throw notFound("report");
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "steps.read",
    youthId: youth.id,
    recordType: "report",
    recordIds: [row.id],
  });
  return reportView(row, deps.crypto);
}
