/**
 * The closed option lists of the step, report and missing-episode forms, as plain data (no zod),
 * so the SPA can use them without loading the schemas. src/shared/*.schema.ts build on these.
 */
import type { StepKind } from "./traject.js";

export const SAFETY_QUESTIONS = [
  "inDangerNow",
  "phoneOff",
  "safeTonight",
  "threats",
  "whoCanHelp",
] as const;
export const SAFETY_ACTIONS = [
  "called_112",
  "called_veilig_thuis",
  "safe_place_arranged",
  "police_informed",
] as const;
export const CONSULT_PARTIES = [
  "care_team",
  "care_coordinator",
  "veilig_thuis",
  "comensha",
  "aandachtsfunctionaris",
  "other",
] as const;
export const INFORM_OUTCOMES = ["talked", "would_not_talk_informed", "not_safe_to_talk"] as const;
export const INFO_TOPICS = [
  "what_exploitation_is",
  "not_your_fault",
  "rights",
  "who_can_help",
  "anonymous_chat",
  "next_steps",
] as const;
/**
 * Why a traject is closed. Turning 18 is not a reason to close: it is the moment of highest risk
 * (guardianship ends, reception changes), so the circle hands over to adult care coordination
 * with a handover note ("handover_at_18"), and the dossier's retention runs from that handover.
 */
export const CLOSE_REASONS = [
  "concern_resolved",
  "no_suspicion",
  "handed_over",
  "handover_at_18",
  "youth_left_care",
  "other",
] as const;
/**
 * Reasons that can no longer be chosen but are stored on closed trajects (released values stay
 * readable): "turned_18" was replaced by "handover_at_18" in issue 16.
 */
export const LEGACY_CLOSE_REASONS = ["turned_18"] as const;
/** Every close reason a stored traject may carry. */
export const STORED_CLOSE_REASONS = [...CLOSE_REASONS, ...LEGACY_CLOSE_REASONS] as const;

/** The fields of each step's "what", in form order (nested answers as "answers.<question>"). */
export const STEP_FIELDS: Record<StepKind, readonly string[]> = {
  safety_check: ["dangerNow", "askedOn", ...SAFETY_QUESTIONS.map((q) => `answers.${q}`), "actions"],
  consult: ["party", "partyDetail", "anonymous", "consultedOn", "advice"],
  inform_youth: [
    "outcome",
    "informedOn",
    "language",
    "interpreter",
    "topics",
    "youthInfoShared",
    "leafletLanguages",
    "youthView",
  ],
  weigh: [
    "answers.suspicion",
    "answers.unsafety",
    "answers.canOrganiseHelp",
    "answers.helpAccepted",
    "answers.helpEffective",
    "withVeiligThuis",
    "weighedOn",
  ],
  decide: ["decisions", "helpPlan", "decidedOn", "decidedWith", "nonPunishmentNoted"],
  monitor: ["safetyAgreements", "responsibilities", "nextReviewOn", "reviewResponsibleId"],
  close: ["reason", "handoverTo", "handoverOn", "handoverNote"],
};

export const REPORT_KINDS = ["comensha", "veilig_thuis", "police"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** The forms of exploitation on the CoMensha form; organ removal is the fourth legal form (§6). */
export const REPORT_EXPLOITATION_TYPES = [
  "sexual",
  "criminal",
  "labour",
  "organ_removal",
  "unknown",
] as const;
/** Has the police or KMar offered the bedenktijd (reflection period, Vc B8/3)? */
export const REFLECTION_PERIOD_STATES = ["offered", "not_offered", "unknown"] as const;
export const POLICE_MODES = ["information", "report"] as const;

export const PHONE_STATES = ["with_phone", "phone_left_behind", "no_phone", "unknown"] as const;
