import { describe, expect, it } from "vitest";
import type { PatternView } from "../../../../src/shared/pattern.schema";
import { layoutNetwork } from "./network";

const pattern = (youths: string[], regions: string[]): PatternView => ({
  id: youths.join(""),
  kind: "phone",
  value: "+31612345678",
  youthCount: youths.length + regions.length,
  lastRecordedAt: "2026-11-29T10:00:00Z",
  youths: youths.map((y) => ({
    youthId: y,
    label: `J${y}`,
    displayName: `Youth ${y}`,
    location: "COA Zutphen",
    signals: [],
  })),
  elsewhere: regions.map((region) => ({ region, youthCount: 1, contacts: [] })),
});

describe("the network view's layout", () => {
  it("has one node per youth in reach and one per other region, linked per pattern", () => {
    const n = layoutNetwork([pattern(["1", "2"], ["Noord"]), pattern(["2", "3"], [])], 400);
    expect(n.nodes.map((x) => x.label)).toEqual(["J1", "J2", "Noord", "J3"]);
    expect(n.links).toHaveLength(4);
    expect(n.nodes.find((x) => x.label === "J2")?.patterns).toEqual([0, 1]);
  });

  it("shows no names: nodes carry only the anonymised label or the region", () => {
    const n = layoutNetwork([pattern(["1", "2"], ["Noord"])], 400);
    expect(JSON.stringify(n)).not.toContain("Youth");
  });

  it("keeps every node inside the drawing", () => {
    const n = layoutNetwork([pattern(["1", "2", "3", "4"], ["Noord", "Zuid"])], 400);
    for (const x of n.nodes) {
      expect(x.x).toBeGreaterThanOrEqual(0);
      expect(x.x).toBeLessThanOrEqual(400);
      expect(x.y).toBeGreaterThanOrEqual(0);
      expect(x.y).toBeLessThanOrEqual(400);
    }
  });
});
