/**
 * Response shapes of the signal, picture, timeline, vulnerability and caseload endpoints, as the
 * services in src/services/signals send them. Request shapes come from src/shared.
 */
import type { Picture } from "../../../../src/domain/picture/types";
import type { SignalView, TimelineEvent } from "../../../../src/shared/signal.schema";
import type { YouthSummary } from "../../../../src/shared/youth.schema";

/** GET /api/youths/:id/signals */
export interface SignalPage {
  items: SignalView[];
  nextCursor: string | null;
  /** "own_organisation": a school member sees only their own school's signals. */
  scope: "all" | "own_organisation";
}

/** POST /api/youths/:id/signals (201 new, 200 repeated Idempotency-Key). */
export interface RecordSignalResult {
  id: string;
  created: boolean;
  level: number;
}

/** A professional's own judgement, beside the computed picture. */
export interface JudgementView {
  id: string;
  kind: "suspicion" | "no_suspicion";
  reason: string;
  recordedAt: string;
  author: { id: string; name: string; roles: string[]; organisation: string };
}

/** One change of the stored level. */
export interface LevelHistoryEntry {
  level: number;
  at: string;
  cause: string;
  rulesVersion: string;
}

/** GET /api/youths/:id/picture */
export type PictureView = Picture & {
  computedAt: string | null;
  previousLevel: number;
  levelChangedAt: string | null;
  history: LevelHistoryEntry[];
  judgements: JudgementView[];
  /** The level fell only because the rule set changed (e.g. v1 → v2); shown, never silent. */
  rulesChanged?: { fromVersion: string; toVersion: string; fromLevel: number; at: string };
};

/** GET /api/youths/:id/timeline */
export interface TimelineView {
  items: TimelineEvent[];
  scope: "all" | "own_organisation";
  /** Cursor of the next page (200 events a page), or null on the last. */
  nextCursor: string | null;
}

/** One recorded vulnerability entry (the latest per factor counts). */
export interface VulnerabilityEntry {
  id: string;
  factorId: string;
  present: boolean;
  notedAt: string;
  note: string | null;
  recordedBy: string;
  recordedByRole: string | null;
  recordedByOrganisation: string;
  recordedAt: string;
  specialCategory: boolean;
}

/** GET /api/youths/:id/vulnerabilities */
export interface VulnerabilitiesView {
  recorded: VulnerabilityEntry[];
  derived: { factorId: string }[];
  history: VulnerabilityEntry[];
  specialCategoryHidden: boolean;
}

/** Open items of a youth for the logged-in professional. */
export interface OpenItems {
  accessRequests: number;
  unreadNotifications: number;
  safetyAlerts: number;
  /** Review dates past due (monitoring and missing-youth reviews). */
  overdueReviews: number;
}

/** One row of GET /api/caseload. */
export type CaseloadItem = YouthSummary & {
  /** Level now minus the level before the last change. */
  change: number;
  byType: { sexual: number; criminal: number; labour: number } | null;
  /** Number of reasons with a level above 0. */
  reasons: number;
  openItems: OpenItems;
};

/** GET /api/caseload */
export interface CaseloadPage {
  items: CaseloadItem[];
  nextCursor: string | null;
}

/** The specific forms of exploitation, in display order. */
export const SPECIFIC_TYPES = ["sexual", "criminal", "labour"] as const;
/** A specific form of exploitation. */
export type SpecificTypeId = (typeof SPECIFIC_TYPES)[number];
