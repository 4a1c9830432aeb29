import { YOUTH_INFO_LANGUAGES } from "../../../../src/domain/youth-info/languages";
import { describe, expect, it } from "vitest";
import { DECISION_OPTIONS } from "../../../../src/domain/steps/afwegingskader";
import {
  CLOSE_REASONS,
  REFLECTION_PERIOD_STATES,
  REPORT_EXPLOITATION_TYPES,
  STORED_CLOSE_REASONS,
} from "../../../../src/domain/steps/options";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

const at = (o: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], o);

describe("every option a form offers or a stored record may hold has a label", () => {
  it.each([
    ["steps.close.reasons", STORED_CLOSE_REASONS],
    ["steps.decide.options", DECISION_OPTIONS],
    ["steps.reports.types", REPORT_EXPLOITATION_TYPES],
    ["steps.reports.reflection", REFLECTION_PERIOD_STATES],
  ] as const)("%s", (prefix, values) => {
    for (const texts of [nl, en])
      for (const v of values)
        expect(typeof at(texts, `${prefix}.${v}`), `${prefix}.${v}`).toBe("string");
  });

  it("turning 18 is a handover, not a close reason that can be chosen; the old value stays readable", () => {
    expect(CLOSE_REASONS).toContain("handover_at_18");
    expect(CLOSE_REASONS).not.toContain("turned_18");
    expect(STORED_CLOSE_REASONS).toContain("turned_18");
  });

  it("the CoMensha form offers organ removal, and the decision offers beschermde opvang via Nidos", () => {
    expect(REPORT_EXPLOITATION_TYPES).toContain("organ_removal");
    expect(DECISION_OPTIONS).toContain("protected_reception");
  });

  it.each([
    ["nl", nl, /QR-code/],
    ["en", en, /QR code/],
  ] as const)(
    "%s: the inform step prints the youth information leaflet (issue 24)",
    (_l, texts, qr) => {
      expect(at(texts, "steps.inform.noLeaflet")).toBeUndefined();
      expect(String(at(texts, "steps.inform.leafletHint"))).toMatch(qr);
      for (const { code } of YOUTH_INFO_LANGUAGES)
        expect(String(at(texts, `steps.inform.leafletLanguage.${code}`))).not.toBe("undefined");
    },
  );
});
