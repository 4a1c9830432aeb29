/**
 * TanStack Query keys and hooks of the signals feature. Every youth key starts with the
 * dossier key ["youths", "dossier", id], so one invalidation after a change refreshes the
 * dossier header, the picture, the signals, the timeline and the vulnerabilities.
 */
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, get } from "../../lib/api";
import type {
  CaseloadPage,
  PictureView,
  SignalPage,
  TimelineView,
  VulnerabilitiesView,
} from "./types";

/** Filters of the timeline (all optional, as in GET …/timeline). */
export interface TimelineFilter {
  category?: string;
  type?: string;
  observerId?: string;
  kind?: string;
}

/** Filters of the caseload (as in GET /api/caseload). */
export interface CaseloadFilter {
  level?: string;
  locationId?: string;
  type?: string;
}

const dossier = (id: string) => ["youths", "dossier", id] as const;

/** Query keys of this feature. */
export const signalKeys = {
  dossier,
  signals: (id: string) => [...dossier(id), "signals"] as const,
  picture: (id: string) => [...dossier(id), "picture"] as const,
  timeline: (id: string, f: TimelineFilter) => [...dossier(id), "timeline", f] as const,
  vulnerabilities: (id: string) => [...dossier(id), "vulnerabilities"] as const,
  caseload: (f: CaseloadFilter, limit: number) => ["youths", "caseload-api", f, limit] as const,
};

/** No retry for answers that will not change by asking again (4xx). */
function retry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 1;
}

const base = (id: string) => `/api/youths/${encodeURIComponent(id)}`;

/** Query string of the set values only. */
export function toQuery(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A youth's signals, newest observation first, 100 per page. */
export function useSignals(id: string) {
  return useInfiniteQuery({
    queryKey: signalKeys.signals(id),
    queryFn: ({ pageParam }) =>
      get<SignalPage>(`${base(id)}/signals${toQuery({ limit: 100, cursor: pageParam })}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry,
  });
}

/** The stored picture with its history and judgements. */
export function usePicture(id: string, enabled = true) {
  return useQuery({
    queryKey: signalKeys.picture(id),
    queryFn: () => get<PictureView>(`${base(id)}/picture`),
    enabled,
    retry,
  });
}

/** The timeline, newest first, with filters. */
/** Pages the timeline API gives at most (200 events each); the chart needs the whole history. */
const TIMELINE_MAX_PAGES = 50;

export function useTimeline(id: string, filter: TimelineFilter) {
  return useQuery({
    queryKey: signalKeys.timeline(id, filter),
    queryFn: async () => {
      let page = await get<TimelineView>(`${base(id)}/timeline${toQuery({ ...filter })}`);
      const items = [...page.items];
      for (let n = 1; page.nextCursor && n < TIMELINE_MAX_PAGES; n++) {
        page = await get<TimelineView>(
          `${base(id)}/timeline${toQuery({ ...filter, cursor: page.nextCursor })}`,
        );
        items.push(...page.items);
      }
      return { ...page, items, nextCursor: null };
    },
    retry,
  });
}

/** Recorded and derived vulnerabilities with history. */
export function useVulnerabilities(id: string) {
  return useQuery({
    queryKey: signalKeys.vulnerabilities(id),
    queryFn: () => get<VulnerabilitiesView>(`${base(id)}/vulnerabilities`),
    retry,
  });
}

/** The caseload: reachable youths by level, then most recent change, paged. */
export function useCaseload(filter: CaseloadFilter, limit = 50) {
  return useInfiniteQuery({
    queryKey: signalKeys.caseload(filter, limit),
    queryFn: ({ pageParam }) =>
      get<CaseloadPage>(`/api/caseload${toQuery({ ...filter, limit, cursor: pageParam })}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry,
  });
}

/** Refreshes everything of one youth (dossier, picture, lists) and the caseloads. */
export function useInvalidateYouth() {
  const qc = useQueryClient();
  return (id: string) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: signalKeys.dossier(id) }),
      qc.invalidateQueries({ queryKey: ["youths", "caseload-api"] }),
      qc.invalidateQueries({ queryKey: ["youths", "list"] }),
    ]);
}
