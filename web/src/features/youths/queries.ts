/**
 * TanStack Query keys and hooks for youths, their circle and the directory. Every key starts
 * with "youths" (or "directory"), so one invalidation refreshes a dossier and its lists.
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { YouthDossier } from "../../../../src/shared/youth.schema";
import { ApiError, get } from "../../lib/api";
import type { CircleView, Organisation, Professional, YouthPage } from "./types";

/** Query keys, so features that change a dossier can invalidate it. */
export const youthKeys = {
  all: ["youths"] as const,
  list: (q: string, limit: number) => ["youths", "list", { q, limit }] as const,
  dossier: (id: string) => ["youths", "dossier", id] as const,
  circle: (id: string) => ["youths", "dossier", id, "circle"] as const,
};

/** No retry for answers that will not change by asking again (404, 403, 400, 409). */
export function retryUnlessClientError(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 1;
}

/** "Mijn jongeren": reachable youths, highest level first, paged with nextCursor. */
export function useYouthList(q: string, limit = 50) {
  return useInfiniteQuery({
    queryKey: youthKeys.list(q, limit),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(limit) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return get<YouthPage>(`/api/youths?${params.toString()}`);
    },
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessClientError,
  });
}

/** One dossier with the abilities of the logged-in user. A 404 means: not found or no access. */
export function useDossierQuery(id: string) {
  return useQuery({
    queryKey: youthKeys.dossier(id),
    queryFn: () => get<YouthDossier>(`/api/youths/${encodeURIComponent(id)}`),
    retry: retryUnlessClientError,
  });
}

/** Current and former circle members, and access requests for those who decide. */
export function useCircle(id: string) {
  return useQuery({
    queryKey: youthKeys.circle(id),
    queryFn: () => get<CircleView>(`/api/youths/${encodeURIComponent(id)}/circle`),
    retry: retryUnlessClientError,
  });
}

/** All organisations (changes rarely). */
export function useOrganisations() {
  return useQuery({
    queryKey: ["directory", "organisations"],
    queryFn: () => get<{ items: Organisation[] }>("/api/organisations"),
    staleTime: 10 * 60_000,
    select: (data) => data.items,
  });
}

/** Reception locations only (COA), for the location pickers. */
export function useLocations() {
  const query = useOrganisations();
  return { ...query, data: query.data?.filter((o) => o.type === "coa_location") };
}

/** Professionals who can join a circle, filtered by search text, organisation and role. */
export function useProfessionals(
  filter: { q?: string; organisationId?: string; role?: string },
  enabled = true,
) {
  return useQuery({
    queryKey: ["directory", "professionals", filter],
    queryFn: () => {
      const params = new URLSearchParams({ limit: "50" });
      for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
      return get<{ items: Professional[] }>(`/api/professionals?${params.toString()}`);
    },
    enabled,
    staleTime: 60_000,
    select: (data) => data.items,
  });
}
