/** The sentence for a notification, from its kind (the server stores no text). */
import type { TFunction } from "i18next";
import { NOTIFICATION_KINDS } from "../../../../src/shared/notification-kinds";
import type { NotificationItem } from "./types";

/** "Het beeld van Amir K. is gestegen naar niveau 3", … */
export function notificationText(t: TFunction, n: NotificationItem): string {
  // Kinds with their own sentence; anything else (from a newer server) gets a general one.
  const kind = (NOTIFICATION_KINDS as readonly string[]).includes(n.kind) ? n.kind : "other";
  return t(`notifications.kinds.${kind}`, {
    name: n.youth?.displayName || t("notifications.someYouth"),
    level: n.level ?? "",
  });
}
