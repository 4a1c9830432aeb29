import { describe, expect, it } from "vitest";
import * as shared from "../../../../../src/shared/signal.schema";
import { FACTS_MAX, FACTS_MIN, SIGNAL_SOURCES } from "./limits";

describe("the signal form's limits", () => {
  it("are the API's limits", () => {
    expect(FACTS_MIN).toBe(shared.FACTS_MIN);
    expect(FACTS_MAX).toBe(shared.FACTS_MAX);
    expect([...SIGNAL_SOURCES]).toEqual([...shared.SIGNAL_SOURCES]);
  });
});
