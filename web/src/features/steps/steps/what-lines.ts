/**
 * A completed step's "what" as readable lines (label, value) in the interface language, for
 * the history: enumerations translated, people by name, yes/no for booleans.
 */
import type { TFunction } from "i18next";
import type { StepKind } from "../../../../../src/domain/steps/traject";
import type { PersonRef } from "../../../../../src/shared/steps-view.schema";
import { formatDate } from "../../youths/format";

/** Which translation prefix names the values of a field. */
const VALUE_KEYS: Record<string, string> = {
  dangerNow: "steps.safety.danger",
  actions: "steps.safety.action",
  party: "steps.consult.parties",
  outcome: "steps.inform.outcomes",
  topics: "steps.inform.topic",
  decisions: "steps.decide.options",
  reason: "steps.close.reasons",
};
const DATES = new Set([
  "askedOn",
  "consultedOn",
  "informedOn",
  "weighedOn",
  "decidedOn",
  "nextReviewOn",
  "handoverOn",
]);

function text(t: TFunction, key: string, v: unknown, people: PersonRef[]): string {
  if (typeof v === "boolean") return t(v ? "steps.common.yes" : "steps.common.no");
  if (Array.isArray(v)) return v.map((x) => text(t, key, x, people)).join(", ");
  if (typeof v !== "string") return "";
  if (key === "reviewResponsibleId") return people.find((p) => p.id === v)?.name ?? "";
  if (DATES.has(key)) return formatDate(v);
  const prefix = VALUE_KEYS[key];
  return prefix ? t(`${prefix}.${v}`) : v;
}

/** [label, value] lines of a step's what (answers expanded per question). */
export function whatLines(
  t: TFunction,
  step: StepKind,
  what: Record<string, unknown>,
  people: PersonRef[],
): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, v] of Object.entries(what)) {
    if (key === "answers" && v && typeof v === "object") {
      const q = step === "weigh" ? "steps.weigh.q" : "steps.safety.q";
      for (const [qid, a] of Object.entries(v as Record<string, unknown>)) {
        const answer =
          step === "weigh" ? t(a === "yes" ? "steps.common.yes" : "steps.common.no") : String(a);
        out.push([t(`${q}.${qid}`), answer]);
      }
      continue;
    }
    const value = text(t, key, v, people);
    if (value !== "") out.push([t(`steps.what.${key}`), value]);
  }
  return out;
}
