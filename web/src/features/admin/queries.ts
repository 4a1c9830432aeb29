/** Queries of the admin screens. */
import { useQuery } from "@tanstack/react-query";
import { get } from "../../lib/api";
import type { AdminOrganisation } from "./types";

export const ADMIN_ORGANISATIONS_KEY = ["admin", "organisations"] as const;

/** Every organisation with its counts (system admin). */
export function useAdminOrganisations() {
  return useQuery({
    queryKey: ADMIN_ORGANISATIONS_KEY,
    queryFn: () => get<{ items: AdminOrganisation[] }>("/api/admin/organisations"),
    retry: false,
  });
}
