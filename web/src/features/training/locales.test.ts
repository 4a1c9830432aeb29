import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("training interface texts", () => {
  it("Dutch and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("no text is empty", () => {
    const values = (obj: unknown): unknown[] =>
      typeof obj === "object" && obj !== null ? Object.values(obj).flatMap(values) : [obj];
    for (const v of [...values(nl), ...values(en)]) expect(String(v).trim()).not.toBe("");
  });
});
