/**
 * In-app notifications. The row holds only ids and a kind; the text is composed in the UI, so
 * no personal data beyond the display name (looked up when shown) is ever stored in one.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/repositories/youth.repository.js";
import { insertNotifications } from "../../db/repositories/notification.repository.js";
import type { NotificationKind } from "../../shared/notification-kinds.js";

/** Notifies each user once (inside the caller's transaction). */
export async function notifyUsers(
  db: Db,
  userIds: readonly string[],
  n: { youthId: string | null; kind: NotificationKind; level: number | null; at: string },
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await insertNotifications(
    db,
    unique.map((userId) => ({
      id: randomUUID(),
      user_id: userId,
      youth_id: n.youthId,
      kind: n.kind,
      level: n.level,
      created_at: n.at,
      read_at: null,
    })),
  );
}
