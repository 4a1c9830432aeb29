/** Queries of the retention screen (issue 22). */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { get } from "../../lib/api";
import type { DeletionLogResponse, RetentionOverview } from "./types";

/** The terms in effect and (for the privacy officer) the active legal holds. */
export function useRetentionOverview() {
  return useQuery({
    queryKey: ["retention", "overview"],
    queryFn: () => get<RetentionOverview>("/api/retention"),
    retry: false,
  });
}

/** The deletion log, newest first, 50 at a time. */
export function useDeletionLog() {
  return useInfiniteQuery({
    queryKey: ["retention", "deletion-log"],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: "50" });
      if (pageParam !== null) params.set("before", pageParam);
      return get<DeletionLogResponse>(`/api/retention/deletion-log?${params.toString()}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    retry: false,
  });
}
