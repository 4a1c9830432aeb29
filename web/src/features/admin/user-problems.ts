/** Plain words for what the user administration API refused (issue 19). */
import type { TFunction } from "i18next";
import { ApiError } from "../../lib/api";

/**
 * The message for a failed change of an account. A 409 is nearly always a version conflict
 * (someone else changed the account meanwhile); the page reloads the account and says so.
 */
export function accountProblem(t: TFunction, error: unknown): string | null {
  if (!error) return null;
  if (!(error instanceof ApiError)) return t("admin.users.errors.general");
  const paths = (error.problem?.errors ?? []).map((e) => e.path);
  if (error.status === 409 && paths.some((p) => p.startsWith("circles.")))
    return t("admin.users.errors.stillInCircles");
  if (error.status === 409) return t("admin.users.errors.conflict");
  if (error.status === 404) return t("admin.users.errors.notFound");
  if (error.status === 403) return t("admin.forbidden");
  if (error.status === 400 && paths.some((p) => p.startsWith("successors")))
    return t("admin.users.errors.successors");
  if (error.status === 400) return t("admin.users.errors.invalid");
  return t("admin.users.errors.general");
}
