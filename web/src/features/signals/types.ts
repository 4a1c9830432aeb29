/**
 * Response shapes of the signal, picture, timeline, vulnerability and caseload endpoints: the
 * inferred types of the response schemas in src/shared/api/signals.ts (issue 17), imported as
 * types only so no zod enters the bundle. Request shapes come from src/shared.
 */
export type {
  CaseloadItem,
  CaseloadPage,
  JudgementView,
  LevelHistoryEntry,
  OpenItems,
  PictureView,
  RecordSignalResult,
  SignalPage,
  TimelineView,
  VulnerabilitiesView,
  VulnerabilityEntry,
} from "../../../../src/shared/api/signals";

/** The specific forms of exploitation, in display order. */
export const SPECIFIC_TYPES = ["sexual", "criminal", "labour"] as const;
/** A specific form of exploitation. */
export type SpecificTypeId = (typeof SPECIFIC_TYPES)[number];
