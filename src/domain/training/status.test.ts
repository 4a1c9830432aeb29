import { describe, expect, it } from "vitest";
import { addMonths, moduleStatus, refresherDueAt } from "./status.js";
import { cell, rate, SMALL_CELL } from "./suppression.js";
import { learnerModule, shuffledItems } from "./learner-view.js";
import type { OrderingItem, TrainingModule } from "./schema.js";

const now = new Date("2026-06-15T12:00:00.000Z");

describe("module status and refresher", () => {
  it.each([
    [null, null, "not_started"],
    [{ startedAt: "2026-01-01T00:00:00.000Z", lastPassedAt: null }, 12, "in_progress"],
    [
      { startedAt: "2026-01-01T00:00:00.000Z", lastPassedAt: "2026-01-02T00:00:00.000Z" },
      null,
      "completed",
    ],
    [
      { startedAt: "2025-01-01T00:00:00.000Z", lastPassedAt: "2025-06-15T12:00:00.000Z" },
      12,
      "refresher_due",
    ],
    [
      { startedAt: "2025-01-01T00:00:00.000Z", lastPassedAt: "2025-06-16T00:00:00.000Z" },
      12,
      "completed",
    ],
  ] as const)("progress %j with interval %s is %s", (progress, months, status) => {
    expect(moduleStatus(progress, months, now)).toBe(status);
  });

  it("a completion never expires without an interval", () => {
    expect(refresherDueAt("2020-01-01T00:00:00.000Z", null)).toBeNull();
  });

  it("adding months clamps to the end of a shorter month", () => {
    expect(addMonths("2026-01-31T10:00:00.000Z", 1)).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonths("2025-11-15T00:00:00.000Z", 3)).toBe("2026-02-15T00:00:00.000Z");
  });
});

describe("small-cell suppression", () => {
  it.each([
    [0, true, SMALL_CELL],
    [9, true, SMALL_CELL],
    [10, true, 10],
    [3, false, 3],
  ] as const)("%s with suppression %s shows as %s", (n, on, shown) => {
    expect(cell(n, on)).toBe(shown);
  });

  it("a rate over fewer than 10 cases is withheld for researchers", () => {
    expect(rate(3, 9, true)).toBeNull();
    expect(rate(3, 9, false)).toBeCloseTo(1 / 3);
    expect(rate(0, 0, false)).toBeNull();
  });
});

describe("learner view", () => {
  const item = (id: string, position: number): OrderingItem => ({
    id,
    position,
    text: { nl: id, en: id },
    feedback: { nl: "f", en: "f" },
  });

  it("never gives ordering items in their correct order", () => {
    for (const n of [2, 3, 5, 8]) {
      const items = Array.from({ length: n }, (_, i) => item(`i${i}`, i + 1));
      for (const exId of ["a", "b", "meldcode-order", "x-y"]) {
        const ids = shuffledItems(exId, items).map((i) => i.id);
        expect(ids).not.toEqual(items.map((i) => i.id));
        expect([...ids].sort()).toEqual(items.map((i) => i.id).sort());
      }
    }
  });

  it("holds no answers, feedback or explanations", () => {
    const t = { nl: "t", en: "t" };
    const mod: TrainingModule = {
      id: "m1-exploitation",
      order: 1,
      title: t,
      summary: t,
      estimatedMinutes: 5,
      pages: [{ id: "p", title: t, body: t }],
      exercises: [
        {
          id: "c",
          kind: "choice",
          prompt: t,
          multiple: false,
          options: [
            { id: "a", text: t, correct: true, feedback: t },
            { id: "b", text: t, correct: false, feedback: t },
          ],
        },
      ],
      quiz: {
        passingScore: 0.8,
        questions: [
          {
            id: "q",
            text: t,
            options: [
              { id: "a", text: t, correct: true, explanation: t },
              { id: "b", text: t, correct: false, explanation: t },
            ],
          },
        ],
      },
      sources: ["fier-seed-2025"],
      coveredCategories: [],
    };
    const json = JSON.stringify(learnerModule(mod));
    expect(json).not.toMatch(/correct|feedback|explanation|position/);
  });
});
