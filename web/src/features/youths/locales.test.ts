import { describe, expect, it } from "vitest";
import auditEn from "../audit/locales/en.json";
import auditNl from "../audit/locales/nl.json";
import notificationsEn from "../notifications/locales/en.json";
import notificationsNl from "../notifications/locales/nl.json";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

/** Every leaf key, without the plural suffix (languages may need different plural forms). */
function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix.replace(/_(zero|one|other)$/, "")];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe.each([
  ["youths", nl, en],
  ["notifications", notificationsNl, notificationsEn],
  ["audit", auditNl, auditEn],
])("the %s texts", (_name, dutch, english) => {
  it("have the same keys in Dutch and English", () => {
    expect([...new Set(keys(english))].sort()).toEqual([...new Set(keys(dutch))].sort());
  });

  it("have no empty texts", () => {
    const empty = (node: unknown): boolean =>
      typeof node === "string" ? node.trim() === "" : Object.values(node as object).some(empty);
    expect(empty(dutch) || empty(english)).toBe(false);
  });
});
