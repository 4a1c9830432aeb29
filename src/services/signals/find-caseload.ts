/**
 * The caseload: the actor's reachable youths sorted by level, then by the most recent change,
 * with the change since the previous level and open items. Filters by level, location, type.
 */
import { authorize } from "../../domain/policies.js";
import { listOrganisations } from "../../db/repositories/user.repository.js";
import { listReachableYouths, youthListPosition } from "../../db/repositories/youth.repository.js";
import { countOpenItemsFor } from "../../db/repositories/open-items.repository.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { decodeYouthCursor, encodeYouthCursor } from "../youths/youth-cursor.js";
import { youthSummary } from "../youths/youth-view.js";
import type { CaseloadPage } from "../../shared/api/signals.js";

export interface CaseloadInput {
  level?: number | undefined;
  locationId?: string | undefined;
  type?: "sexual" | "criminal" | "labour" | undefined;
  limit: number;
  cursor?: string | undefined;
}

export async function findCaseload(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: CaseloadInput,
): Promise<CaseloadPage> {
  authorize(ctx.actor, "youth.list");
  const orgs = new Map((await listOrganisations(deps.db)).map((o) => [o.id, o.name]));
  let after = decodeYouthCursor(input.cursor);
  const rows = await listReachableYouths(deps.db, ctx.actor, ctx.now, {
    locationId: input.locationId,
    level: input.level,
    type: input.type,
    after,
    limit: input.limit,
  });
  const items = rows.map((row) => ({
    ...youthSummary(row, deps.crypto, orgs.get(row.location_id) ?? "", ctx.now),
    change: row.level - row.previous_level,
    byType:
      row.picture_computed_at === null
        ? null
        : { sexual: row.level_sexual, criminal: row.level_criminal, labour: row.level_labour },
    reasons: row.reason_count,
    openItems: { accessRequests: 0, unreadNotifications: 0, safetyAlerts: 0, overdueReviews: 0 },
  }));
  const last = rows[rows.length - 1];
  after = rows.length === input.limit && last ? youthListPosition(last) : undefined;
  const open = await countOpenItemsFor(
    deps.db,
    items.map((i) => i.id),
    ctx.actor.userId,
    ctx.now.toISOString(),
  );
  for (const item of items) item.openItems = open.get(item.id) ?? item.openItems;
  const nextCursor = after ? encodeYouthCursor(after) : null;
  // The list shows names and levels: which youths someone saw is logged too (ids only).
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "youth.list",
    recordType: "youth",
    recordIds: items.map((i) => i.id).slice(0, 50),
    details: { list: "caseload", shown: items.length },
  });
  return { items, nextCursor };
}
