import { describe, expect, it } from "vitest";
import { openRequiredItems } from "./open-items";

describe("the items closing asks a reason for", () => {
  it("are the required items not done, in checklist order", () => {
    expect(
      openRequiredItems([
        { item: "police_notified", required: true, doneAt: "2026-11-29T09:15:00.000Z" },
        { item: "guardian_informed", required: true, doneAt: null },
        { item: "care_coordinator_informed", required: false, doneAt: null },
        { item: "phone_called", required: true, doneAt: null },
      ]),
    ).toEqual(["guardian_informed", "phone_called"]);
  });

  it("are none when everything required is done", () => {
    expect(
      openRequiredItems([{ item: "police_notified", required: true, doneAt: "2026-11-29" }]),
    ).toEqual([]);
  });
});
