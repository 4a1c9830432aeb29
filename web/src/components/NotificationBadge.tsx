import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { get } from "../lib/api";
import { useLiveNotices } from "../lib/live-notices";

/** Header link to the notifications with the unread count (text, not colour alone). */
export function NotificationBadge() {
  const { t } = useTranslation();
  // Rendered only while logged in: the live stream keeps the count (and caseloads) current;
  // the minute's refetch stays as the fallback where a proxy holds the stream back.
  useLiveNotices();
  const { data } = useQuery({
    queryKey: ["notifications", "count"],
    queryFn: () => get<{ unread: number }>("/api/notifications/count"),
    refetchInterval: 60_000,
    retry: false,
  });
  const unread = data?.unread ?? 0;
  return (
    <NavLink to="/notifications" aria-label={t("shell.notifications", { count: unread })}>
      {t("shell.notificationsShort")}
      {unread > 0 && (
        <span className="utrecht-badge-counter" aria-hidden="true">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
