import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import nl from "./locales/nl.json";
import { ORGANISATION_TYPES } from "./types";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("the admin screens' texts", () => {
  it("have the same keys in Dutch and English", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("are never empty", () => {
    const values = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (v && typeof v === "object" ? values(v as object) : [v]));
    for (const v of [...values(nl), ...values(en)]) expect(String(v).trim()).not.toBe("");
  });

  it.each(ORGANISATION_TYPES)("name the organisation type %s in both languages", (type) => {
    expect(nl.admin.organisations.types[type]).toBeTruthy();
    expect(en.admin.organisations.types[type]).toBeTruthy();
  });
});
