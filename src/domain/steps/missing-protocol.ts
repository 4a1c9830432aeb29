/**
 * The missing-youth protocol (vermissing / MOB): the immediate checklist and the review schedule
 * while missing. Pure; times are ISO strings passed in.
 */

export const CHECKLIST_ITEMS = [
  "police_notified",
  "guardian_informed",
  "circle_informed",
  "phone_called",
  "contacts_checked",
  "social_media_checked",
  "care_coordinator_informed",
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** From this level on the care coordinator must be informed (PRODUCT.md: level 3 = suspicion). */
export const CARE_COORDINATOR_LEVEL = 3;

/** The checklist for a youth at this picture level, with which items are required. */
export function checklistFor(level: number): { item: ChecklistItem; required: boolean }[] {
  return CHECKLIST_ITEMS.map((item) => ({
    item,
    required: item === "care_coordinator_informed" ? level >= CARE_COORDINATOR_LEVEL : true,
  }));
}

/**
 * Closing an episode with required items still open needs a reason per open item (our own rule,
 * not yet reviewed by a domain expert: the protocol's checklist exists so nothing is forgotten).
 * Returns the problems: items without a reason, and reasons given for items that are not open.
 */
export function closeProblems(
  checklist: readonly { item: string; required: boolean; done: boolean }[],
  reasons: Partial<Record<string, string>>,
): { item: string; problem: "reason_needed" | "not_open" }[] {
  const open = new Set(checklist.filter((c) => c.required && !c.done).map((c) => c.item));
  return [
    ...[...open]
      .filter((item) => !(reasons[item]?.trim() ?? ""))
      .map((item) => ({ item, problem: "reason_needed" as const })),
    ...Object.keys(reasons)
      .filter((item) => !open.has(item))
      .map((item) => ({ item, problem: "not_open" as const })),
  ];
}

export const MISSING_REVIEW_KINDS = ["missing_24h", "missing_72h", "missing_weekly"] as const;
export type MissingReviewKind = (typeof MISSING_REVIEW_KINDS)[number];

const HOUR = 3_600_000;
const OFFSETS: Record<MissingReviewKind, number> = {
  missing_24h: 24 * HOUR,
  missing_72h: 72 * HOUR,
  missing_weekly: 7 * 24 * HOUR,
};

/** Reviews while missing: 24 h, 72 h and a week after the disappearance was reported. */
export function missingReviewSchedule(
  reportedAt: string,
): { kind: MissingReviewKind; dueAt: string }[] {
  const base = Date.parse(reportedAt);
  return (Object.keys(OFFSETS) as MissingReviewKind[]).map((kind) => ({
    kind,
    dueAt: new Date(base + OFFSETS[kind]).toISOString(),
  }));
}

/** After a weekly review, the next one is a week later (while the youth is still missing). */
export function nextWeeklyReview(doneAt: string): string {
  return new Date(Date.parse(doneAt) + OFFSETS.missing_weekly).toISOString();
}

/** How a missing episode ended. */
export const MISSING_END_OUTCOMES = ["returned", "found", "left_care"] as const;
export type MissingEndOutcome = (typeof MISSING_END_OUTCOMES)[number];

/** The youth status after the episode ends. */
export function statusAfter(outcome: MissingEndOutcome): "present" | "left_care" {
  return outcome === "left_care" ? "left_care" : "present";
}

/** A return conversation is expected when the youth is back in view. */
export function conversationExpected(outcome: MissingEndOutcome): boolean {
  return outcome !== "left_care";
}
