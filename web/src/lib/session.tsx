/**
 * The logged-in session (GET /api/auth/me) as a TanStack Query, with login and logout.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SessionView } from "../../../src/shared/auth.schema";
import { ApiError, get, post, setCsrfToken } from "./api";

export const SESSION_KEY = ["session"] as const;

async function fetchSession(): Promise<SessionView | null> {
  try {
    const s = await get<SessionView>("/api/auth/me");
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    staleTime: 60_000,
    retry: false,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      email: string;
      password: string;
      totp?: string;
      recoveryCode?: string;
    }) => post<SessionView | { twoFactorRequired: true }>("/api/auth/login", input),
    onSuccess: (result) => {
      if ("csrfToken" in result) {
        setCsrfToken(result.csrfToken);
        qc.setQueryData(SESSION_KEY, result);
      }
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<void>("/api/auth/logout"),
    onSettled: () => {
      setCsrfToken(null);
      clearLocalDrafts();
      qc.clear();
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}

/** Unsaved drafts hold facts about a youth: they never outlive the session on a shared device. */
function clearLocalDrafts(): void {
  try {
    for (const key of Object.keys(localStorage))
      if (key.startsWith("inzicht.") && key.toLowerCase().includes("draft"))
        localStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing to clear
  }
}

export function hasRole(session: SessionView | null | undefined, ...roles: string[]): boolean {
  return !!session && session.user.roles.some((r) => roles.includes(r));
}
