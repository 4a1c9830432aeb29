import { describe, expect, it } from "vitest";
import {
  cancelAction,
  clearDraft,
  draftKey,
  emptyDraft,
  loadDraft,
  saveDraft,
  toRequestBody,
} from "./draft";

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe("the signal draft in the browser", () => {
  it("is kept per youth until it is cleared, with its idempotency key", () => {
    const s = memoryStorage();
    const draft = { ...emptyDraft("2026-11-29", "key-12345678"), facts: "Kwam om 03:00 terug." };
    saveDraft(s, "youth-a", draft);
    expect(loadDraft(s, "youth-a")).toEqual(draft);
    expect(loadDraft(s, "youth-b")).toBeNull();
    clearDraft(s, "youth-a");
    expect(loadDraft(s, "youth-a")).toBeNull();
  });

  it("stores nothing for a blank form, and ignores anything unreadable", () => {
    const s = memoryStorage();
    saveDraft(s, "youth-a", emptyDraft("2026-11-29"));
    expect(s.map.size).toBe(0);
    s.setItem(draftKey("youth-a"), "{not json");
    expect(loadDraft(s, "youth-a")).toBeNull();
    s.setItem(draftKey("youth-a"), JSON.stringify({ facts: 3 }));
    expect(loadDraft(s, "youth-a")).toBeNull();
  });

  it("a new draft gets a fresh key each time", () => {
    expect(emptyDraft("2026-11-29").idempotencyKey).not.toBe(
      emptyDraft("2026-11-29").idempotencyKey,
    );
  });

  it("sends trimmed facts and leaves empty optional fields out", () => {
    const body = toRequestBody({
      ...emptyDraft("2026-11-29", "k-12345678"),
      indicatorIds: ["crim.forced-theft"],
      facts: "  Vertelt dat hij moet stelen.  ",
      source: "youth_told",
      sourceDetail: "ignored: not a third party",
      contextAnswers: { network: " Een oudere man. ", "who-benefits": "  " },
    });
    expect(body).toEqual({
      indicatorIds: ["crim.forced-theft"],
      observedAt: "2026-11-29",
      source: "youth_told",
      facts: "Vertelt dat hij moet stelen.",
      contextAnswers: { network: "Een oudere man." },
    });
  });
});

describe("mentions on a signal (issue 25)", () => {
  it("sends trimmed mentions and leaves empty rows out", () => {
    const d = {
      ...emptyDraft("2026-11-29", "k-1"),
      indicatorIds: ["behav.out-at-night"],
      facts: "Kwam om 03:00 terug op de locatie.",
      entities: [
        { kind: "phone" as const, value: " 06-12345678 " },
        { kind: "vehicle" as const, value: "  " },
      ],
    };
    expect(toRequestBody(d).entities).toEqual([{ kind: "phone", value: "06-12345678" }]);
    expect(toRequestBody({ ...d, entities: [] })).not.toHaveProperty("entities");
  });
});

describe("what a saved signal holds, and what cancelling does", () => {
  const shown = {
    indicatorIds: new Set(["behav.out-at-night", "crim.forced-theft"]),
    questionIds: new Set(["who-benefits"]),
  };

  it("sends only the signals and answers the screen shows", () => {
    const draft = {
      ...emptyDraft("2026-11-29", "key-12345678"),
      // A draft kept from an earlier failed save, with an id the catalogue no longer shows.
      indicatorIds: ["behav.out-at-night", "retired.old-indicator"],
      facts: "Kwam om 03:00 terug.",
      contextAnswers: { "who-benefits": "Een oudere man", "gone-question": "verborgen" },
    };
    const body = toRequestBody(draft, shown);
    expect(body.indicatorIds).toEqual(["behav.out-at-night"]);
    expect(body.contextAnswers).toEqual({ "who-benefits": "Een oudere man" });
  });

  it("leaves at once when nothing was entered, and asks about the draft otherwise", () => {
    expect(cancelAction(emptyDraft("2026-11-29"))).toBe("leave");
    expect(cancelAction({ ...emptyDraft("2026-11-29"), indicatorIds: ["crim.forced-theft"] })).toBe(
      "ask",
    );
    expect(cancelAction({ ...emptyDraft("2026-11-29"), facts: "Iets gezien." })).toBe("ask");
  });
});
