/** Queries and mutations of the security settings (two-step login, recovery codes). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RecoveryCodesView, SecondFactorView } from "../../../../src/shared/auth.schema";
import { get, post } from "../../lib/api";
import { SESSION_KEY } from "../../lib/session";

export const SECOND_FACTOR_KEY = ["auth", "second-factor"] as const;

export interface Reauth {
  password: string;
  totp?: string;
}

/** The person's two-step login state. */
export function useSecondFactor() {
  return useQuery({
    queryKey: SECOND_FACTOR_KEY,
    queryFn: () => get<SecondFactorView>("/api/auth/second-factor"),
    retry: false,
  });
}

/** Starts (or restarts) TOTP set-up: a new secret and otpauth:// URL. */
export function useSetupTotp() {
  return useMutation({
    mutationFn: (input: Reauth) =>
      post<{ secret: string; otpauthUrl: string }>("/api/auth/totp/setup", input),
  });
}

/** Confirms set-up with a code; answers the recovery codes, shown once. */
export function useConfirmTotp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (totp: string) => post<RecoveryCodesView>("/api/auth/totp/confirm", { totp }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: SECOND_FACTOR_KEY });
      void qc.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

/** Replaces the recovery codes. */
export function useReplaceRecoveryCodes() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Reauth) => post<RecoveryCodesView>("/api/auth/recovery-codes", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: SECOND_FACTOR_KEY }),
  });
}
