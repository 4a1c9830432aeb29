/**
 * The caseload: the actor's reachable youths sorted by level, then by the most recent change,
 * with the change since the previous level and open items. Filters by level, location, type.
 */
import type { Picture } from "../../domain/picture/index.js";
import { authorize } from "../../domain/policies.js";
import { listOrganisations } from "../../db/repositories/user.repository.js";
import { listReachableYouths } from "../../db/repositories/youth.repository.js";
import { countOpenItemsFor } from "../../db/repositories/open-items.repository.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { youthSummary } from "../youths/youth-view.js";

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
) {
  authorize(ctx.actor, "youth.list");
  const orgs = new Map((await listOrganisations(deps.db)).map((o) => [o.id, o.name]));
  let after: { level: number; changedAt: string; id: string } | undefined;
  if (input.cursor) {
    try {
      const [level, changedAt, id] = JSON.parse(
        Buffer.from(input.cursor, "base64url").toString("utf8"),
      ) as [number, string, string];
      after = { level, changedAt, id };
    } catch {
      after = undefined;
    }
  }
  const items = [];
  for (let page = 0; page < 20 && items.length < input.limit; page++) {
    const rows = await listReachableYouths(deps.db, ctx.actor, ctx.now, {
      locationId: input.locationId,
      after,
      limit: input.limit,
      minLevel: input.level,
    });
    for (const row of rows) {
      after = { level: row.level, changedAt: row.level_changed_at ?? "", id: row.id };
      if (input.level !== undefined && row.level !== input.level) continue;
      const picture = row.picture ? (JSON.parse(row.picture) as Picture) : null;
      if (input.type && (picture?.byType[input.type].level ?? 0) < 2) continue;
      items.push({
        ...youthSummary(row, deps.crypto, orgs.get(row.location_id) ?? "", ctx.now),
        change: row.level - row.previous_level,
        byType: picture
          ? {
              sexual: picture.byType.sexual.level,
              criminal: picture.byType.criminal.level,
              labour: picture.byType.labour.level,
            }
          : null,
        reasons: picture ? picture.reasons.filter((r) => r.level > 0).length : 0,
        openItems: {
          accessRequests: 0,
          unreadNotifications: 0,
          safetyAlerts: 0,
          overdueReviews: 0,
        },
      });
      if (items.length >= input.limit) break;
    }
    if (rows.length < input.limit) {
      after = undefined;
      break;
    }
  }
  const open = await countOpenItemsFor(
    deps.db,
    items.map((i) => i.id),
    ctx.actor.userId,
    ctx.now.toISOString(),
  );
  for (const item of items) item.openItems = open.get(item.id) ?? item.openItems;
  const nextCursor =
    items.length >= input.limit && after
      ? Buffer.from(JSON.stringify([after.level, after.changedAt, after.id])).toString("base64url")
      : null;
  return { items, nextCursor };
}
