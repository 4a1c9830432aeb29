/** The dashboard as a CSV download (GET /api/training/dashboard.csv); logged as an export. */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import type { TrainingLang } from "../../shared/training.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { dashboardCsv } from "./dashboard-csv.js";
import { getDashboard } from "./get-dashboard.js";

/** Returns the CSV text and a file name; same access as the dashboard. */
export async function exportDashboardCsv(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { year?: number | undefined; lang: TrainingLang },
): Promise<{ csv: string; filename: string }> {
  const view = await getDashboard(deps, ctx, input);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "training.export",
    recordType: "training_dashboard",
    details: { kind: "dashboard-csv", year: view.year, scope: view.scope },
  });
  return {
    csv: dashboardCsv(view, input.lang),
    filename: `inzicht-training-dashboard-${view.year}.csv`,
  };
}
