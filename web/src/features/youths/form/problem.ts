/**
 * Turns a problem+json answer into field errors a form can show next to its fields, in the
 * user's language. The API's own messages are English and technical; they only pick a variant.
 */
import type { TFunction } from "i18next";
import { ApiError } from "../../../lib/api";
import { i18next } from "../../../lib/i18n";

/** One field with a problem. `field` is the body path, e.g. "handover.nextSteps". */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Known API messages → the variant of the field's text to show. */
const VARIANTS: Record<string, string> = {
  "in the future": "future",
  "before birth": "beforeBirth",
  "same location": "sameLocation",
};

/** The field problems in an ApiError (paths without "body."/"querystring."), or []. */
export function problemFields(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !error.problem?.errors) return [];
  return error.problem.errors.map((e) => ({
    field: e.path.replace(/^(body|querystring|params)\./, "").replace(/^(body|querystring)$/, ""),
    message: e.message,
  }));
}

/**
 * The text for a field problem: `<ns>.<field>.<variant>`, else `<ns>.<field>.default`, else a
 * general "not filled in correctly".
 */
export function fieldErrorText(t: TFunction, ns: string, problem: FieldProblem): string {
  const variant = VARIANTS[problem.message];
  const candidates = [
    ...(variant ? [`${ns}.${problem.field}.${variant}`] : []),
    `${ns}.${problem.field}.default`,
  ];
  const key = candidates.find((k) => i18next.exists(k));
  return key ? t(key) : t("youths.form.invalidField");
}

/** Field → translated message, one per field (the first problem wins). */
export function fieldErrorMap(t: TFunction, ns: string, error: unknown): Record<string, string> {
  const map: Record<string, string> = {};
  for (const p of problemFields(error)) {
    if (!(p.field in map)) map[p.field] = fieldErrorText(t, ns, p);
  }
  return map;
}
