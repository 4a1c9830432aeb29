/** Shapes of GET /api/notifications (src/services/notifications/notifications.ts). */

/** One notification; the text is composed here from its kind. */
export interface NotificationItem {
  id: string;
  kind: string;
  level: number | null;
  youth: { id: string; displayName: string } | null;
  createdAt: string;
  read: boolean;
}

/** One page of notifications, newest first. */
export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
  unread: number;
}
