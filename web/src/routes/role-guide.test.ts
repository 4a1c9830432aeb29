import { describe, expect, it } from "vitest";
import { CASEWORK_ROLES, ROLES } from "../../../src/domain/roles";
import en from "../locales/en.json";
import nl from "../locales/nl.json";
import { guidesFor, ROLE_GUIDES } from "./role-guide";

const text = (tree: object, path: string): unknown =>
  path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], tree);

describe("the home page says what each role can do", () => {
  it.each(ROLES.filter((r) => !CASEWORK_ROLES.includes(r)))(
    "a %s gets a guide (they have no caseload on the home page)",
    (role) => {
      expect(guidesFor([role]).map((g) => g.role)).toEqual([role]);
    },
  );

  it.each(
    ROLE_GUIDES.flatMap((g) => [...g.items.map((i) => i.key), "later"].map((k) => [g.role, k])),
  )("the %s guide's %s text exists in Dutch and English", (role, key) => {
    for (const texts of [nl, en]) {
      const value = text(texts, `home.guide.${role}.${key}`);
      expect(typeof value === "string" && value.trim().length > 0).toBe(true);
    }
  });
});
