/**
 * The terms in effect and, for the privacy officer, the active legal holds with their review
 * date (issue 22). The rules hold no personal data; the holds name youth ids only.
 */
import { listActiveHolds } from "../../db/repositories/retention-hold.repository.js";
import { allowed, authorize } from "../../domain/policies.js";
import { DOSSIER_MAX_AGE, RETENTION_RULES } from "../../domain/retention/rules.js";
import type { RetentionOverview } from "../../shared/retention.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export async function getRetentionOverview(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<RetentionOverview> {
  authorize(ctx.actor, "retention.read");
  const terms = deps.config.retention;
  const now = ctx.now.toISOString();
  const holds = allowed(ctx.actor, "retention.hold") ? await listActiveHolds(deps.db) : [];
  return {
    rules: [
      ...RETENTION_RULES.map((r) => ({
        recordType: r.recordType,
        ruleId: r.ruleId,
        days: terms.days[r.recordType],
        defaultDays: r.defaultDays,
        source: r.source,
        needsDpoDecision: r.needsDpoDecision,
      })),
    ],
    maxAgeYears: terms.maxAgeYears,
    holds: holds.map((h) => ({
      id: h.id,
      youthId: h.youth_id,
      placedAt: h.placed_at,
      reviewDueAt: h.review_due_at,
      reviewDue: h.review_due_at <= now,
      version: h.version,
    })),
  };
}

/** The maximum-age rule's source, for the screen. */
export const MAX_AGE_SOURCE = DOSSIER_MAX_AGE.source;
