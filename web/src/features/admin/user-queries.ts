/** Queries of the user administration screens (issue 19). */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { get } from "../../lib/api";
import type { AdminAccount, AdminAccountCircles } from "./types";

export const ADMIN_USERS_KEY = ["admin", "users"] as const;

/** The search of the users list: what the admin typed and chose, and the page's cursor. */
export interface UserSearch {
  q: string;
  role: string;
  status: string;
  organisationId: string;
  cursor: string | null;
}

export const PAGE_SIZE = 25;

/** The query string of a search: empty choices are left out. */
export function userSearchQuery(search: UserSearch): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (search.q.trim()) params.set("q", search.q.trim());
  if (search.role) params.set("role", search.role);
  if (search.status) params.set("status", search.status);
  if (search.organisationId) params.set("organisationId", search.organisationId);
  if (search.cursor) params.set("cursor", search.cursor);
  return params.toString();
}

/** One page of the accounts the admin manages. */
export function useAdminUsers(search: UserSearch) {
  const query = userSearchQuery(search);
  return useQuery({
    queryKey: [...ADMIN_USERS_KEY, "list", query],
    queryFn: () =>
      get<{ items: AdminAccount[]; nextCursor: string | null; total: number }>(
        `/api/admin/users?${query}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** One account. */
export function useAdminUser(accountId: string) {
  return useQuery({
    queryKey: [...ADMIN_USERS_KEY, "one", accountId],
    queryFn: () => get<AdminAccount>(`/api/admin/users/${accountId}`),
    retry: false,
  });
}

/** The circles an account is in, and who may succeed it (for deactivation). */
export function useAdminUserCircles(accountId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ADMIN_USERS_KEY, "circles", accountId],
    queryFn: () => get<AdminAccountCircles>(`/api/admin/users/${accountId}/circles`),
    enabled,
    retry: false,
  });
}
