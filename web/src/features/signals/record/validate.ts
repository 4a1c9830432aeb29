/**
 * Checks a signal draft before sending, with the same rules as the API (src/shared): at least
 * one signal, facts 10–4000 characters, a date not in the future and not before arrival, a
 * source (and who, for a third party), and for an acute signal the safety check. Pure.
 */
import { FACTS_MAX, FACTS_MIN } from "./limits";
import type { SignalDraft } from "./draft";
import { normaliseEntity } from "../../../../../src/domain/patterns/entities";

/** The form's fields in form order (also the order of the error summary). */
export const SIGNAL_FIELDS = [
  "indicatorIds",
  "safety",
  "facts",
  "observedAt",
  "source",
  "sourceDetail",
  "interpretation",
  "contextAnswers",
  "entities",
] as const;
/** A field of the signal form. */
export type SignalField = (typeof SIGNAL_FIELDS)[number];

/** Field → i18n key (under signals.record.errors) of what is wrong. */
export type DraftProblems = Partial<Record<SignalField, string>>;

/** What the check needs besides the draft. */
export interface DraftContext {
  today: string;
  arrivedAt: string | null;
  acute: boolean;
  safetyChecked: boolean;
}

/** The problems of a draft; empty when it can be sent. */
export function validateDraft(d: SignalDraft, ctx: DraftContext): DraftProblems {
  const p: DraftProblems = {};
  if (d.indicatorIds.length === 0) p.indicatorIds = "indicatorIds";
  else if (d.indicatorIds.length > 10) p.indicatorIds = "indicatorIdsMax";
  if (ctx.acute && !ctx.safetyChecked) p.safety = "safety";
  const facts = d.facts.trim().length;
  if (facts < FACTS_MIN) p.facts = facts === 0 ? "factsEmpty" : "factsShort";
  else if (facts > FACTS_MAX) p.facts = "factsLong";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.observedAt)) p.observedAt = "observedAt";
  else if (d.observedAt > ctx.today) p.observedAt = "observedAtFuture";
  else if (ctx.arrivedAt && d.observedAt < ctx.arrivedAt.slice(0, 10))
    p.observedAt = "observedAtBeforeArrival";
  if (d.source === "") p.source = "source";
  else if (d.source === "third_party" && d.sourceDetail.trim() === "")
    p.sourceDetail = "sourceDetail";
  if (d.interpretation.trim().length > 2000) p.interpretation = "interpretationLong";
  if (Object.values(d.contextAnswers).some((v) => v.trim().length > 1000))
    p.contextAnswers = "contextAnswersLong";
  if (d.entities.some((e) => e.value.trim() !== "" && !normaliseEntity(e.kind, e.value).ok))
    p.entities = "entities";
  return p;
}

/** The form field of an API problem path ("body.facts", "contextAnswers.network", "indicatorIds.0"). */
export function fieldOfPath(path: string): SignalField | null {
  const first = path.replace(/^(body)\.?/, "").split(".")[0] ?? "";
  return (SIGNAL_FIELDS as readonly string[]).includes(first) ? (first as SignalField) : null;
}

/** The i18n key of an API problem on a field, by the API's (English) message. */
export function problemKey(field: SignalField, message: string): string {
  if (field === "observedAt" && message.includes("future")) return "observedAtFuture";
  if (field === "observedAt" && message.includes("before arrival"))
    return "observedAtBeforeArrival";
  if (field === "indicatorIds" && message.includes("unknown")) return "indicatorUnknown";
  if (field === "facts" && /at least|too_small|>=/.test(message)) return "factsShort";
  return field;
}
