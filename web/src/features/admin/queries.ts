/** Queries of the admin screens. */
import { useQuery } from "@tanstack/react-query";
import { get } from "../../lib/api";
import type { AdminOrganisation, DeadLettersResponse } from "./types";

export const ADMIN_ORGANISATIONS_KEY = ["admin", "organisations"] as const;

/** Every organisation with its counts (system admin). */
export function useAdminOrganisations() {
  return useQuery({
    queryKey: ADMIN_ORGANISATIONS_KEY,
    queryFn: () => get<{ items: AdminOrganisation[] }>("/api/admin/organisations"),
    retry: false,
  });
}

export const DEAD_LETTERS_KEY = ["admin", "jobs", "dead-letters"] as const;

/** The job queue's dead letters (system admin). */
export function useDeadLetters() {
  return useQuery({
    queryKey: DEAD_LETTERS_KEY,
    queryFn: () => get<DeadLettersResponse>("/api/admin/jobs/dead-letters?limit=100"),
    retry: false,
  });
}
