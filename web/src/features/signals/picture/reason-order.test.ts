import { describe, expect, it } from "vitest";
import type { PictureReason } from "../../../../../src/domain/picture/types";
import { decidingSignalIds, orderReasons } from "./reason-order";

const reason = (rule: string, level: PictureReason["level"], signalIds: string[] = []) =>
  ({ rule, level, signalIds, evidence: [], text: { nl: rule, en: rule } }) as PictureReason;

describe("the picture leads with the rules that decided the level", () => {
  const reasons = [
    reason("any-signal", 1, ["a", "b"]),
    reason("describes-exploitation", 3, ["b"]),
    reason("specific-indicator", 2, ["b"]),
    reason("coercion-element", 3, ["a", "b"]),
    reason("outside-long-window", 0, ["old"]),
  ];

  it("puts the reasons of the level first and folds the rest, highest first", () => {
    const { deciding, others } = orderReasons(reasons, 3);
    expect(deciding.map((r) => r.rule)).toEqual(["describes-exploitation", "coercion-element"]);
    expect(others.map((r) => r.rule)).toEqual([
      "specific-indicator",
      "any-signal",
      "outside-long-window",
    ]);
    expect(decidingSignalIds(deciding)).toEqual(["b", "a"]);
  });

  it("at level 0 nothing decides; notes stay notes", () => {
    expect(orderReasons([reason("outside-long-window", 0)], 0)).toMatchObject({ deciding: [] });
  });
});
