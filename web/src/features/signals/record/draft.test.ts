import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, emptyDraft, loadDraft, saveDraft, toRequestBody } from "./draft";

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
