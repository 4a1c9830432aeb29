import { describe, expect, it } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import { ENTITY_KINDS } from "../../../../src/domain/patterns/entities";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("the patterns screens' texts", () => {
  localeParityTests([{ nl, en }]);

  it.each(ENTITY_KINDS)("name the entity kind %s and its dossier hint in both languages", (k) => {
    for (const l of [nl, en]) {
      expect(l.patterns.kinds[k]).toBeTruthy();
      expect(l.patterns.hint.kinds[`${k}_one`]).toBeTruthy();
      expect(l.patterns.hint.kinds[`${k}_other`]).toContain("{{count}}");
    }
  });
});
