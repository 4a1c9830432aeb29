/** POST /api/statistics/runs: a system admin recomputes the statistics now; logged. */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { authorize } from "../../domain/policies.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { computeStatistics } from "./compute-statistics.js";

export async function refreshStatistics(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<{ computedAt: string; cells: number }> {
  authorize(ctx.actor, "statistics.refresh");
  const result = await computeStatistics(deps);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "statistics.compute",
    recordType: "statistics",
    details: { cells: result.cells },
  });
  return result;
}
