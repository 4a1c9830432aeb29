/** The sentence for a notification, from its kind (the server stores no text). */
import type { TFunction } from "i18next";
import type { NotificationItem } from "./types";

/** Kinds with their own sentence; anything else gets a general one. */
export const NOTIFICATION_KINDS = [
  "level_rise",
  "handover",
  "access_request",
  "access_decided",
  "emergency_access",
  "judgement",
  "review_due",
  "missing",
  "safety_alert",
] as const;

/** "Het beeld van Amir K. is gestegen naar niveau 3", … */
export function notificationText(t: TFunction, n: NotificationItem): string {
  const kind = (NOTIFICATION_KINDS as readonly string[]).includes(n.kind) ? n.kind : "other";
  return t(`notifications.kinds.${kind}`, {
    name: n.youth?.displayName || t("notifications.someYouth"),
    level: n.level ?? "",
  });
}
