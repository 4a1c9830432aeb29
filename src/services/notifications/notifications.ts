/** The actor's own notifications: list (with the youth's display name), unread count, mark read. */
import {
  countUnread,
  listNotifications,
  markRead,
} from "../../db/repositories/notification.repository.js";
import { findYouthRow } from "../../db/repositories/youth.repository.js";
import { raiseNotices } from "../../db/notices.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { NotificationPage } from "../../shared/api/notifications.js";
import { field } from "../../db/encrypted-columns.js";

export async function findNotifications(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  limit: number,
  before?: string,
): Promise<NotificationPage> {
  const rows = await listNotifications(deps.db, ctx.actor.userId, limit, before);
  // A declined requester is outside the circle: the notification neither names nor links the youth.
  const named = (kind: string) => kind !== "access_declined";
  const names = new Map<string, string>();
  for (const id of new Set(
    rows.flatMap((r) => (r.youth_id && named(r.kind) ? [r.youth_id] : [])),
  )) {
    const y = await findYouthRow(deps.db, id);
    if (y)
      names.set(
        id,
        deps.crypto.decrypt(y.display_name_enc, field("youths", "display_name_enc", y.id)),
      );
  }
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    level: r.level,
    youth:
      r.youth_id && named(r.kind)
        ? { id: r.youth_id, displayName: names.get(r.youth_id) ?? "" }
        : null,
    createdAt: r.created_at,
    read: r.read_at !== null,
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: items.length === limit && last ? last.createdAt : null,
    unread: await countUnread(deps.db, ctx.actor.userId),
  };
}

export async function countUnreadNotifications(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<number> {
  return countUnread(deps.db, ctx.actor.userId);
}

export async function markNotificationsRead(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  ids: string[] | null,
): Promise<number> {
  if (ids && ids.length === 0) return 0;
  const updated = await markRead(deps.db, ctx.actor.userId, ids, ctx.now.toISOString());
  // The actor's other tabs and devices (on any instance) update their count.
  if (updated > 0) await raiseNotices(deps.db, [ctx.actor.userId]);
  return updated;
}
