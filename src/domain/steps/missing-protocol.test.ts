import { describe, expect, it } from "vitest";
import {
  checklistFor,
  closeProblems,
  missingReviewSchedule,
  nextWeeklyReview,
  statusAfter,
} from "./missing-protocol.js";
import { reviewUrgency } from "./reviews.js";

describe("the missing-youth protocol", () => {
  it.each([
    [0, false],
    [2, false],
    [3, true],
    [4, true],
  ])("at level %i informing the care coordinator is required: %s", (level, required) => {
    const item = checklistFor(level).find((i) => i.item === "care_coordinator_informed");
    expect(item?.required).toBe(required);
  });

  it("the police, the guardian and the circle are always on the checklist", () => {
    const required = checklistFor(0)
      .filter((i) => i.required)
      .map((i) => i.item);
    expect(required).toEqual(
      expect.arrayContaining(["police_notified", "guardian_informed", "circle_informed"]),
    );
  });

  it("reviews fall 24 h, 72 h and a week after the report; weekly after that", () => {
    expect(missingReviewSchedule("2026-11-29T10:00:00.000Z")).toEqual([
      { kind: "missing_24h", dueAt: "2026-11-30T10:00:00.000Z" },
      { kind: "missing_72h", dueAt: "2026-12-02T10:00:00.000Z" },
      { kind: "missing_weekly", dueAt: "2026-12-06T10:00:00.000Z" },
    ]);
    expect(nextWeeklyReview("2026-12-06T11:00:00.000Z")).toBe("2026-12-13T11:00:00.000Z");
  });

  it.each([
    ["returned", "present"],
    ["found", "present"],
    ["left_care", "left_care"],
  ] as const)("after %s the youth's status is %s", (outcome, status) => {
    expect(statusAfter(outcome)).toBe(status);
  });

  it.each([
    ["2026-11-29T09:00:00.000Z", "overdue"],
    ["2026-11-29T20:00:00.000Z", "due_soon"],
    ["2026-12-05T10:00:00.000Z", "later"],
  ] as const)("a review due at %s is %s at 10:00", (due, urgency) => {
    expect(reviewUrgency(due, "2026-11-29T10:00:00.000Z")).toBe(urgency);
  });

  // Closing with required items open: a reason per open item (our own rule, not yet reviewed).
  it.each([
    ["all required done", [["police_notified", true, true]], {}, []],
    [
      "a required item open, no reason",
      [["police_notified", true, false]],
      {},
      ["police_notified:reason_needed"],
    ],
    [
      "a required item open, a blank reason",
      [["police_notified", true, false]],
      { police_notified: "  " },
      ["police_notified:reason_needed"],
    ],
    [
      "a required item open, with a reason",
      [["police_notified", true, false]],
      { police_notified: "Politie was er al bij." },
      [],
    ],
    ["an optional item open", [["care_coordinator_informed", false, false]], {}, []],
    [
      "a reason for an item that was done",
      [["police_notified", true, true]],
      { police_notified: "Toch niet." },
      ["police_notified:not_open"],
    ],
  ] as const)("closing with %s", (_n, items, reasons, problems) => {
    const checklist = items.map(([item, required, done]) => ({ item, required, done }));
    expect(closeProblems(checklist, reasons).map((p) => `${p.item}:${p.problem}`)).toEqual(
      problems,
    );
  });
});
