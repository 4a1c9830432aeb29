/**
 * In-app notifications. The row holds only ids and a kind; the text is composed in the UI, so
 * no personal data beyond the display name (looked up when shown) is ever stored in one.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/repositories/youth.repository.js";
import { insertNotifications } from "../../db/repositories/notification.repository.js";
import { raiseNotices } from "../../db/notices.js";
import type { NotificationKind } from "../../shared/notification-kinds.js";
import {
  findImmediateRecipients,
  NOTICE_COLUMNS,
  type NoticeKind,
} from "../../db/repositories/notice-preference.repository.js";
import { enqueueNotice } from "../mail/enqueue-notice.js";
import { mailLanguage } from "../mail/templates.js";

const isNoticeKind = (kind: string): kind is NoticeKind => kind in NOTICE_COLUMNS;

/**
 * Notifies each user once (inside the caller's transaction), and raises a live notice to every
 * instance (on PostgreSQL delivered when the transaction commits).
 */
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
  await raiseNotices(db, unique);
  // Users who chose to get this kind by mail at once (issue 19): one notice each, in the
  // outbox, without any detail of the youth. The daily choice is sent by sendNoticeDigests.
  if (!isNoticeKind(n.kind)) return;
  for (const r of await findImmediateRecipients(db, unique, n.kind))
    await enqueueNotice(db, {
      template: "notice",
      recipient: r.email,
      language: mailLanguage(r.language),
      at: n.at,
    });
}
