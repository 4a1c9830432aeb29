/** Field errors and error-summary items from a failed request, for one form. */
import type { TFunction } from "i18next";
import { ApiError } from "../../../lib/api";
import type { SummaryItem } from "../../../components/ErrorSummary";
import { fieldErrorText, problemFields } from "./problem";

/** What a form shows after a failed submit. */
export interface FormProblems {
  /** Field → message, shown inline. */
  fields: Record<string, string>;
  /** Everything, in form order, for the error summary. */
  summary: SummaryItem[];
}

/** A general message for an error without field problems (network, 403, 409, 5xx). */
export function generalErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t("youths.form.unknownError");
  if (error.status === 0) return t("youths.form.networkError");
  if (error.status === 403) return t("youths.form.forbidden");
  if (error.status === 404) return t("youths.form.notFound");
  if (error.status === 409) return t("youths.form.conflict");
  if (error.status === 400) return t("youths.form.invalid");
  return t("youths.form.unknownError");
}

/**
 * Problems of `error` for a form whose inputs have ids `${idPrefix}${field}`. Fields not in
 * `fields` (in form order) are listed without a link. `general` overrides the general text.
 */
export function formProblems(
  t: TFunction,
  opts: { ns: string; idPrefix: string; fields: readonly string[]; general?: string | undefined },
  error: unknown,
): FormProblems {
  if (!error) return { fields: {}, summary: [] };
  const problems = problemFields(error);
  const fields: Record<string, string> = {};
  const other: SummaryItem[] = [];
  for (const p of problems) {
    if (opts.fields.includes(p.field)) {
      fields[p.field] ??= fieldErrorText(t, opts.ns, p);
    } else {
      other.push({ id: null, message: fieldErrorText(t, opts.ns, p) });
    }
  }
  const summary: SummaryItem[] = opts.fields.flatMap((f) => {
    const message = fields[f];
    return message ? [{ id: `${opts.idPrefix}${f.replace(/\./g, "-")}`, message }] : [];
  });
  summary.push(...other);
  if (summary.length === 0)
    summary.push({ id: null, message: opts.general ?? generalErrorText(t, error) });
  return { fields, summary };
}

/** The input id for a field, matching formProblems' links ("handover.nextSteps" → "x-handover-nextSteps"). */
export function fieldId(idPrefix: string, field: string): string {
  return `${idPrefix}${field.replace(/\./g, "-")}`;
}

/** Problems found before sending (e.g. nothing chosen), in the same shape. */
export function localProblems(idPrefix: string, fields: Record<string, string>): FormProblems {
  return {
    fields,
    summary: Object.entries(fields).map(([f, message]) => ({ id: fieldId(idPrefix, f), message })),
  };
}
