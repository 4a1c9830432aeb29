import { describe, expect, it } from "vitest";
import en from "../../locales/en.json";
import nl from "../../locales/nl.json";
import { leafletChoices } from "./leaflet-choices";

describe("the leaflets the inform step offers (issue 24)", () => {
  it("marks a draft language, not a checked one", () => {
    expect(leafletChoices(["ar", "ti"]).leaflets).toEqual([
      { code: "ar", draft: false },
      { code: "ti", draft: true },
    ]);
  });

  it("says when Dari (prs) has no page and the Dutch leaflet is offered instead", () => {
    expect(leafletChoices(["prs"])).toEqual({
      leaflets: [{ code: "nl", draft: false }],
      missing: ["prs"],
      fallback: true,
    });
  });

  it("names a missing language beside one that has a page, without a fallback", () => {
    expect(leafletChoices(["prs", "en"])).toEqual({
      leaflets: [{ code: "en", draft: false }],
      missing: ["prs"],
      fallback: false,
    });
  });

  it.each([
    ["nl", nl],
    ["en", en],
  ] as const)("%s has the draft and missing-language texts", (_l, texts) => {
    const inform = texts.steps.inform as Record<string, unknown>;
    expect(String(inform.leafletDraft)).toMatch(/concept|draft/);
    expect(String(inform.leafletFallback)).toContain("{{languages}}");
    expect(String(inform.leafletMissing)).toContain("{{languages}}");
  });
});
