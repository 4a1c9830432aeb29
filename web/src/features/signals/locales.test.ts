import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import navEn from "./locales/nav.en.json";
import navNl from "./locales/nav.nl.json";
import nl from "./locales/nl.json";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("the signal screens' texts", () => {
  it("have the same keys in Dutch and English", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    expect(keys(navEn).sort()).toEqual(keys(navNl).sort());
  });

  it("are never empty", () => {
    const values = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (v && typeof v === "object" ? values(v as object) : [v]));
    for (const v of [...values(nl), ...values(en)]) expect(String(v).trim()).not.toBe("");
  });
});
