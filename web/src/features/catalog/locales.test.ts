import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

/** Every key path of a nested texts object, e.g. "catalog.tier.strong". */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("catalogue interface texts", () => {
  it("Dutch and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("every text is filled in and sits under 'catalog'", () => {
    for (const texts of [nl, en]) {
      expect(Object.keys(texts)).toEqual(["catalog"]);
      for (const path of keys(texts)) {
        const value = path
          .split(".")
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], texts);
        expect(typeof value === "string" && value.trim().length > 0, path).toBe(true);
      }
    }
  });
});
