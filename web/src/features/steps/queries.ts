/**
 * TanStack Query keys and hooks of the steps feature. Every youth key starts with the dossier
 * key, so invalidating the dossier (after a change that may move the level) refreshes these too.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { EpisodeList } from "../../../../src/shared/missing.schema";
import type { ReportList } from "../../../../src/shared/reports.schema";
import type { DueReview, TrajectList } from "../../../../src/shared/steps-view.schema";
import { get } from "../../lib/api";
import { retryUnlessClientError, youthKeys } from "../youths/queries";

export const stepKeys = {
  trajects: (id: string) => [...youthKeys.dossier(id), "trajects"] as const,
  reports: (id: string) => [...youthKeys.dossier(id), "reports"] as const,
  missing: (id: string) => [...youthKeys.dossier(id), "missing"] as const,
  due: ["reviews", "due"] as const,
};

const youthPath = (id: string, rest: string) => `/api/youths/${encodeURIComponent(id)}/${rest}`;

export function useTrajects(youthId: string) {
  return useQuery({
    queryKey: stepKeys.trajects(youthId),
    queryFn: () => get<TrajectList>(youthPath(youthId, "trajects")),
    retry: retryUnlessClientError,
  });
}

export function useReports(youthId: string) {
  return useQuery({
    queryKey: stepKeys.reports(youthId),
    queryFn: () => get<ReportList>(youthPath(youthId, "reports")),
    retry: retryUnlessClientError,
  });
}

export function useEpisodes(youthId: string) {
  return useQuery({
    queryKey: stepKeys.missing(youthId),
    queryFn: () => get<EpisodeList>(youthPath(youthId, "missing-episodes")),
    retry: retryUnlessClientError,
  });
}

export function useDueReviews() {
  return useQuery({
    queryKey: stepKeys.due,
    queryFn: () => get<{ items: DueReview[]; overdue: number }>("/api/reviews/due?withinDays=7"),
    retry: retryUnlessClientError,
  });
}

/** Refreshes the dossier (header level, status) and everything under it, and the due list. */
export function useRefreshYouth(youthId: string) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: youthKeys.dossier(youthId) });
    await qc.invalidateQueries({ queryKey: stepKeys.due });
  };
}

/** The API path of a youth resource (for links such as PDF downloads). */
export { youthPath };
