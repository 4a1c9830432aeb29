/**
 * The deletion log for system admins and privacy officers (issue 22): newest first, paged by
 * time. It holds no personal data; reading it is logged all the same.
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listDeletionLog } from "../../db/repositories/retention.repository.js";
import { authorize } from "../../domain/policies.js";
import type { DeletionLogResponse } from "../../shared/retention.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export async function findDeletionLog(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  q: { before?: string | undefined; limit: number },
): Promise<DeletionLogResponse> {
  authorize(ctx.actor, "retention.read");
  const rows = await listDeletionLog(deps.db, { before: q.before, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "retention.log_read",
    details: { count: page.length },
  });
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      recordType: r.record_type,
      rule: r.rule,
      rows: r.rows,
      reference: r.reference,
    })),
    nextBefore: rows.length > q.limit ? (page.at(-1)?.at ?? null) : null,
  };
}
