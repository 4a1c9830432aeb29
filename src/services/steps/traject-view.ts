/** Trajects, step records and safety alerts as the API shows them (decrypted). */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { listSafetyAlertsWithPeople } from "../../db/repositories/safety-alert.repository.js";
import type { listStepRecords, listTrajects } from "../../db/repositories/traject.repository.js";
import type { ReviewWithPeople } from "../../db/repositories/review.repository.js";
import type { WeighSuggestion } from "../../domain/steps/afwegingskader.js";
import {
  allowedSteps,
  asTrajectState,
  nextStep,
  STEP_KINDS,
  type StepKind,
} from "../../domain/steps/traject.js";
import type { SafetyAlertView, StepView, TrajectView } from "../../shared/steps-view.schema.js";
import { reviewView } from "./review-view.js";
import { field } from "../../db/encrypted-columns.js";

type TrajectRowWithPeople = Awaited<ReturnType<typeof listTrajects>>[number];
type StepRowWithPeople = Awaited<ReturnType<typeof listStepRecords>>[number];
type AlertRow = Awaited<ReturnType<typeof listSafetyAlertsWithPeople>>[number];

const person = (id: string | null, name: string | null, org: string | null) =>
  id && name ? { id, name, organisation: org ?? "" } : null;

export function stepView(r: StepRowWithPeople, crypto: FieldCrypto): StepView {
  const all = JSON.parse(
    crypto.decrypt(r.what_enc, field("step_records", "what_enc", r.id)),
  ) as StepView["what"];
  const { suggestion, ...what } = all;
  return {
    id: r.id,
    step: (STEP_KINDS.find((s) => s === r.step) ?? "consult") as StepKind,
    draft: r.draft === 1,
    what,
    why: r.why_enc ? crypto.decrypt(r.why_enc, field("step_records", "why_enc", r.id)) : null,
    suggestion: (suggestion as WeighSuggestion | undefined) ?? null,
    createdBy: { id: r.created_by, name: r.creator_name, organisation: r.creator_org },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    completedBy: person(r.completed_by, r.completer_name, r.completer_org),
    completedAt: r.completed_at,
    version: r.version,
  };
}

export function trajectView(
  t: TrajectRowWithPeople,
  steps: StepView[],
  reviews: ReviewWithPeople[],
  crypto: FieldCrypto,
  now: Date,
): TrajectView {
  const status = asTrajectState(t.status);
  const weighs = steps.filter((s) => s.step === "weigh" && !s.draft && s.suggestion);
  return {
    id: t.id,
    status,
    nextStep: nextStep(status),
    allowedSteps: allowedSteps(status),
    concern: t.concern_enc
      ? crypto.decrypt(t.concern_enc, field("trajects", "concern_enc", t.id))
      : null,
    openedBy: { id: t.opened_by, name: t.opener_name, organisation: t.opener_org },
    openedAt: t.opened_at,
    closedAt: t.closed_at,
    closeReason: t.close_reason,
    handoverOn: t.handover_on,
    version: t.version,
    steps,
    reviews: reviews.map((r) => reviewView(r, crypto, now)),
    suggestion: weighs[weighs.length - 1]?.suggestion ?? null,
  };
}

export function alertView(a: AlertRow, crypto: FieldCrypto): SafetyAlertView {
  return {
    id: a.id,
    raisedAt: a.raised_at,
    raisedBy: { id: a.raised_by, name: a.raiser_name, organisation: a.raiser_org },
    sourceStepId: a.source_id,
    handledAt: a.handled_at,
    handledBy: person(a.handled_by, a.handler_name, a.handler_org),
    handledNote: a.handled_note_enc
      ? crypto.decrypt(a.handled_note_enc, field("safety_alerts", "handled_note_enc", a.id))
      : null,
  };
}
