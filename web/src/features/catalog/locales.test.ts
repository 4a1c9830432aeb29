import { describe, expect, it } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("catalogue interface texts", () => {
  localeParityTests([{ nl, en }]);

  it("sit under 'catalog'", () => {
    for (const texts of [nl, en]) expect(Object.keys(texts)).toEqual(["catalog"]);
  });
});
