/** Response shapes of trajects, steps, reviews and safety alerts, shared with the SPA. */
import type { WeighSuggestion } from "../domain/steps/afwegingskader.js";
import type { StepAction } from "../domain/steps/policies.js";
import type { StepKind, TrajectState } from "../domain/steps/traject.js";
import type { ReviewUrgency } from "../domain/steps/reviews.js";

export interface PersonRef {
  id: string;
  name: string;
  organisation: string;
}

export interface StepView {
  id: string;
  step: StepKind;
  draft: boolean;
  what: Record<string, unknown>;
  why: string | null;
  /** The afwegingskader's suggestion, stored with a completed weigh step. */
  suggestion: WeighSuggestion | null;
  createdBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  completedBy: PersonRef | null;
  completedAt: string | null;
  version: number;
}

export interface ReviewView {
  id: string;
  kind: string;
  trajectId: string | null;
  episodeId: string | null;
  dueAt: string;
  urgency: ReviewUrgency;
  responsible: PersonRef;
  note: string | null;
  doneAt: string | null;
  doneBy: PersonRef | null;
  outcome: string | null;
  cancelledAt: string | null;
  version: number;
}

export interface SafetyAlertView {
  id: string;
  raisedAt: string;
  raisedBy: PersonRef;
  sourceStepId: string | null;
  handledAt: string | null;
  handledBy: PersonRef | null;
  handledNote: string | null;
}

export interface TrajectView {
  id: string;
  status: TrajectState;
  nextStep: StepKind | null;
  allowedSteps: StepKind[];
  concern: string | null;
  openedBy: PersonRef;
  openedAt: string;
  closedAt: string | null;
  /** A CLOSE_REASONS value, or a legacy one (LEGACY_CLOSE_REASONS) on older trajects. */
  closeReason: string | null;
  /** Handover at 18: the day the traject was handed over to adult care coordination. */
  handoverOn: string | null;
  version: number;
  steps: StepView[];
  reviews: ReviewView[];
  /** The latest completed weigh step's suggestion, for the decide step. */
  suggestion: WeighSuggestion | null;
}

export interface TrajectList {
  items: TrajectView[];
  /** Id of the last item when more follow (`?cursor=`), else null. */
  nextCursor: string | null;
  safetyAlerts: SafetyAlertView[];
  abilities: Record<StepAction, boolean>;
  /** Active, writing circle members: who can be responsible for a review. */
  responsibleOptions: PersonRef[];
}

export interface DueReview extends ReviewView {
  youth: { id: string; displayName: string };
}
