import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "../../../../src/domain/audit-events";
import { AUDIT_ACTION_FILTERS } from "./audit-actions";
import { auditTexts } from "./audit-texts";

describe("the access-log filter", () => {
  it("offers exactly the actions the log records", () => {
    expect([...AUDIT_ACTION_FILTERS].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it.each(["nl", "en"] as const)("names every action in %s", (lang) => {
    const names: unknown = auditTexts[lang].audit.actions;
    for (const action of AUDIT_ACTION_FILTERS) {
      const text = action
        .split(".")
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          names,
        );
      expect(typeof text, action).toBe("string");
    }
  });
});
