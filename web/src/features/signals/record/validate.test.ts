import { describe, expect, it } from "vitest";
import { emptyDraft, type SignalDraft } from "./draft";
import { fieldOfPath, problemKey, validateDraft } from "./validate";

const ctx = { today: "2026-11-29", arrivedAt: "2026-03-01", acute: false, safetyChecked: false };
const ok: SignalDraft = {
  ...emptyDraft("2026-11-29", "k-12345678"),
  indicatorIds: ["behav.out-at-night"],
  facts: "Kwam om 03:00 terug op de locatie.",
  source: "own_observation",
};

describe("checking a signal before it is sent", () => {
  it("a complete draft has no problems", () => {
    expect(validateDraft(ok, ctx)).toEqual({});
  });

  it.each([
    ["no signal chosen", { indicatorIds: [] }, "indicatorIds", "indicatorIds"],
    ["no facts", { facts: "   " }, "facts", "factsEmpty"],
    ["facts under 10 characters", { facts: "kort" }, "facts", "factsShort"],
    ["facts over 4000 characters", { facts: "x".repeat(4001) }, "facts", "factsLong"],
    ["a date in the future", { observedAt: "2026-11-30" }, "observedAt", "observedAtFuture"],
    [
      "a date before arrival",
      { observedAt: "2026-02-28" },
      "observedAt",
      "observedAtBeforeArrival",
    ],
    ["no source", { source: "" as const }, "source", "source"],
    [
      "a phone number that is not one",
      { entities: [{ kind: "phone" as const, value: "bel me" }] },
      "entities",
      "entities",
    ],
    [
      "a third party without who",
      { source: "third_party" as const },
      "sourceDetail",
      "sourceDetail",
    ],
  ])("%s is a problem", (_name, patch, field, key) => {
    expect(validateDraft({ ...ok, ...patch }, ctx)).toEqual({ [field]: key });
  });

  it("an acute signal needs the safety check first", () => {
    expect(validateDraft(ok, { ...ctx, acute: true })).toEqual({ safety: "safety" });
    expect(validateDraft(ok, { ...ctx, acute: true, safetyChecked: true })).toEqual({});
  });

  it("maps the API's problem paths and messages to fields and texts", () => {
    expect(fieldOfPath("body.facts")).toBe("facts");
    expect(fieldOfPath("contextAnswers.network")).toBe("contextAnswers");
    expect(fieldOfPath("mood")).toBeNull();
    expect(problemKey("observedAt", "in the future")).toBe("observedAtFuture");
    expect(problemKey("observedAt", "before arrival")).toBe("observedAtBeforeArrival");
  });
});
