import { describe, expect, it } from "vitest";
import { loadOriginRegions } from "./origin-regions.js";

describe("the country → region grouping of the export (content/statistics/origin-regions.json)", () => {
  const { content, lookup, ids } = loadOriginRegions();

  it("says it is our own design, not yet reviewed, with its sources", () => {
    expect(content.reviewed).toBe(false);
    expect(content.note).toMatch(/own design/);
    expect(content.sources.some((s) => s.factsSection === "§4")).toBe(true);
  });

  // The countries facts.md names for minor victims, missing AMV and arrivals (§4, §5).
  it.each([
    ["Eritrea", "east-africa"],
    ["Eritrees", "east-africa"],
    ["somalië", "east-africa"],
    ["Syrië", "western-asia"],
    ["SYR", "western-asia"],
    ["Irak", "western-asia"],
    ["Yemen", "western-asia"],
    ["Afghanistan", "south-central-asia"],
    ["Marokkaans", "north-africa"],
    ["Algeria", "north-africa"],
    ["Vietnam", "east-southeast-asia"],
    ["Guinea", "west-central-africa"],
    ["Sierra Leone", "west-central-africa"],
    ["Nigeria", "west-central-africa"],
    ["Niger", "west-central-africa"],
    ["congo", "west-central-africa"],
    ["Albanië", "europe"],
    ["  vietnam ", "east-southeast-asia"],
  ])("%s → %s", (text, region) => {
    expect(lookup(text)).toBe(region);
  });

  it.each([["Atlantis"], [""], ["onbekend"]])("%j is unknown", (text) => {
    expect(lookup(text)).toBe("unknown");
  });

  it("lists the regions with unknown last", () => {
    expect(ids.at(-1)).toBe("unknown");
    expect(new Set(ids).size).toBe(ids.length);
  });
});
