/**
 * Live notices (issue 21): one EventSource on /api/notifications/stream while logged in. Each
 * `notifications` event carries only the unread count; it updates the badge at once and makes
 * TanStack Query refetch the notifications and the caseloads, so they change without a reload.
 * The browser reconnects by itself (the server ends a stream after a few minutes).
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

export function useLiveNotices(): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/notifications/stream");
    const onNotice = (e: MessageEvent<string>) => {
      try {
        const { unread } = JSON.parse(e.data) as { unread: number };
        qc.setQueryData(["notifications", "count"], { unread });
      } catch {
        // not ours: ignore
      }
      void qc.invalidateQueries({ queryKey: ["notifications", "list"] });
      void qc.invalidateQueries({ queryKey: ["youths", "caseload-api"] });
      void qc.invalidateQueries({ queryKey: ["youths", "list"] });
    };
    source.addEventListener("notifications", onNotice);
    return () => {
      source.removeEventListener("notifications", onNotice);
      source.close();
    };
  }, [qc]);
}
