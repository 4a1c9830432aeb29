/**
 * "Evaluaties": the actor's open reviews that are overdue or due within N days, for youths the
 * actor can still reach (GET /api/reviews/due). Logged as a read (it names youths).
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listOpenReviewsFor, reachableYouthIds } from "../../db/repositories/review.repository.js";
import { dueReviewsQuery } from "../../shared/steps.schema.js";
import type { DueReviewList } from "../../shared/steps-view.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reviewView } from "./review-view.js";
import { field } from "../../db/encrypted-columns.js";

const DAY = 86_400_000;

export async function findDueReviews(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  raw: unknown,
): Promise<DueReviewList> {
  const { withinDays } = dueReviewsQuery.parse(raw ?? {});
  const before = new Date(ctx.now.getTime() + withinDays * DAY).toISOString();
  const rows = await listOpenReviewsFor(deps.db, ctx.actor.userId, before);
  const reachable = await reachableYouthIds(deps.db, ctx.actor, ctx.now, [
    ...new Set(rows.map((r) => r.youth_id)),
  ]);
  const items = rows
    .filter((r) => reachable.has(r.youth_id))
    .map((r) => ({
      ...reviewView(r, deps.crypto, ctx.now),
      youth: {
        id: r.youth_id,
        displayName: deps.crypto.decrypt(
          r.display_name_enc,
          field("youths", "display_name_enc", r.youth_id),
        ),
      },
    }));
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "steps.read",
    recordType: "review_list",
    recordIds: items.map((i) => i.id).slice(0, 50),
    details: { count: items.length },
  });
  return { items, overdue: items.filter((i) => i.urgency === "overdue").length };
}
