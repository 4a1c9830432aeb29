/** The API's password problem codes (services/auth/password-policy.ts) → a sentence per code. */
import type { TFunction } from "i18next";
import { ApiError } from "../../lib/api";

export const PASSWORD_PROBLEMS = [
  "too_short",
  "too_long",
  "common",
  "like_email",
  "repetitive",
] as const;

/** The first password problem of a failed request as a sentence, or null. */
export function passwordProblemText(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const problem = error.problem?.errors?.find((e) => /(^|\.)password$/.test(e.path));
  if (!problem) return null;
  const code = (PASSWORD_PROBLEMS as readonly string[]).includes(problem.message)
    ? problem.message
    : "default";
  return t(`onboarding.password.problems.${code}`);
}
