/**
 * What the signal form shows after a failed submit: inline field errors and the error summary,
 * from the local check or from the API's problem+json answer.
 */
import type { TFunction } from "i18next";
import { ApiError } from "../../../lib/api";
import type { SummaryItem } from "../../../components/ErrorSummary";
import { PICKER_INPUT_ID } from "./IndicatorPicker";
import { SAFETY_ID } from "./AcuteNotice";
import { CONTEXT_ID, INTERPRETATION_ID } from "./ExtraFields";
import { FACTS_ID } from "./FactsField";
import { ENTITIES_ID } from "./EntitiesFieldset";
import { SOURCE_DETAIL_ID, SOURCE_ID } from "./SourceFieldset";
import {
  fieldOfPath,
  problemKey,
  SIGNAL_FIELDS,
  type DraftProblems,
  type SignalField,
} from "./validate";

/** The control id of each field, for the summary's links. */
export const FIELD_IDS: Record<SignalField, string> = {
  indicatorIds: PICKER_INPUT_ID,
  safety: SAFETY_ID,
  facts: FACTS_ID,
  observedAt: "sig-observedAt",
  source: SOURCE_ID,
  sourceDetail: SOURCE_DETAIL_ID,
  interpretation: INTERPRETATION_ID,
  contextAnswers: CONTEXT_ID,
  entities: ENTITIES_ID,
};

/** Field errors (translated) and summary items. */
export interface FormProblems {
  fields: Partial<Record<SignalField, string>>;
  summary: SummaryItem[];
}

/** Translates local problems (field → error key). */
export function localProblems(t: TFunction, problems: DraftProblems): FormProblems {
  const fields: Partial<Record<SignalField, string>> = {};
  for (const f of SIGNAL_FIELDS) {
    const key = problems[f];
    if (key) fields[f] = t(`signals.record.errors.${key}`);
  }
  return {
    fields,
    summary: SIGNAL_FIELDS.flatMap((f) => {
      const message = fields[f];
      return message ? [{ id: FIELD_IDS[f], message }] : [];
    }),
  };
}

/** The general message of an error without field problems. */
export function generalError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t("signals.form.unknownError");
  if (error.status === 0) return t("signals.form.networkError");
  if (error.status === 401) return t("signals.form.loggedOut");
  if (error.status === 403) return t("signals.record.errors.forbidden");
  if (error.status === 404) return t("signals.form.notFound");
  if (error.status === 429) return t("signals.form.tooMany");
  return t("signals.form.unknownError");
}

/** Problems of a failed request: field problems where the API names a field, else general. */
export function apiProblems(t: TFunction, error: unknown): FormProblems {
  const local: DraftProblems = {};
  if (error instanceof ApiError) {
    for (const e of error.problem?.errors ?? []) {
      const field = fieldOfPath(e.path);
      if (field && !local[field]) local[field] = problemKey(field, e.message);
    }
  }
  const result = localProblems(t, local);
  if (result.summary.length === 0)
    result.summary.push({ id: null, message: generalError(t, error) });
  return result;
}
