/**
 * Meldingen (/notifications): my notifications, newest first, unread marked in words, each
 * with a link to the youth. "Alles gelezen" marks everything read and updates the header badge.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { get, post } from "../../lib/api";
import { NotificationRow } from "./NotificationRow";
import "./notifications.css";
import "./notifications-i18n";
import type { NotificationItem, NotificationPage } from "./types";

/** The first key part of every notification query (the header badge uses ["notifications","count"]). */
const ALL = ["notifications"] as const;

function useNotifications() {
  return useInfiniteQuery({
    queryKey: [...ALL, "list"],
    queryFn: ({ pageParam }) =>
      get<NotificationPage>(
        `/api/notifications?limit=50${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The page at /notifications. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("notifications.title"));
  const qc = useQueryClient();
  const list = useNotifications();
  const [message, setMessage] = useState("");
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  const markRead = useMutation({
    mutationFn: (body: { all: true } | { ids: string[] }) =>
      post<{ updated: number }>("/api/notifications/read", body),
    onSuccess: async (_d, body) => {
      await qc.invalidateQueries({ queryKey: ALL });
      if ("all" in body) setMessage(t("notifications.allReadDone"));
    },
  });
  const open = (item: NotificationItem) => {
    if (!item.read) markRead.mutate({ ids: [item.id] });
  };

  return (
    <>
      <Heading1>{t("notifications.title")}</Heading1>
      <div role="status" aria-live="polite">
        {list.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
        {list.isSuccess && (
          <Paragraph>{t("notifications.unreadCount", { count: unread })}</Paragraph>
        )}
        {message && <Paragraph className="iz-notification__done">{message}</Paragraph>}
      </div>
      {list.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {unread > 0 && (
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={markRead.isPending}
          onClick={() => markRead.mutate({ all: true })}
        >
          {t("notifications.markAllRead")}
        </Button>
      )}
      {list.isSuccess && items.length === 0 && <Paragraph>{t("notifications.empty")}</Paragraph>}
      {items.length > 0 && (
        <ul className="iz-notifications" aria-label={t("notifications.listLabel")}>
          {items.map((item) => (
            <NotificationRow key={item.id} item={item} onOpen={open} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t("common.loading") : t("notifications.loadMore")}
        </Button>
      )}
    </>
  );
}
