import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import nl from "./locales/nl.json";
import { RECORD_TYPES } from "./types";
import { RETENTION_RULES } from "../../../../src/domain/retention/rules";
import { ERASURE_REASONS } from "../../../../src/shared/retention.schema";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("the retention screen's texts", () => {
  it("have the same keys in Dutch and English", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it.each(RECORD_TYPES)("name the record type %s in both languages", (type) => {
    expect(nl.retention.recordTypes[type]).toBeTruthy();
    expect(en.retention.recordTypes[type]).toBeTruthy();
  });

  it.each(RETENTION_RULES.map((r) => r.ruleId))("explain the rule %s in both languages", (id) => {
    expect((nl.retention.rules as Record<string, string>)[id]).toBeTruthy();
    expect((en.retention.rules as Record<string, string>)[id]).toBeTruthy();
  });

  it.each(ERASURE_REASONS)("explain the erasure reason %s in both languages", (reason) => {
    expect(nl.retention.erasure[reason]).toBeTruthy();
    expect(en.retention.erasure[reason]).toBeTruthy();
  });
});
