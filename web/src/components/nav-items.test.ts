import { describe, expect, it } from "vitest";
import { visibleNavItems } from "./nav-items";

const patternsFor = (roles: string[] | null) =>
  visibleNavItems(roles).some((item) => item.to === "/patterns");

/**
 * The patterns menu item follows the server's rule `pattern.read` (src/domain/pattern-access.ts):
 * a mixed-role coordinator would otherwise get a 404 and a `pattern.denied` entry per click.
 */
describe("the patterns menu item", () => {
  it.each([
    [["care_coordinator"], true],
    [["care_coordinator", "team_lead"], true],
    [["care_coordinator", "system_admin"], false],
    [["care_coordinator", "org_admin"], false],
    [["care_coordinator", "researcher"], false],
    [["mentor"], false],
    [["system_admin"], false],
    [[], false],
  ])("roles %j → shown: %s", (roles, shown) => {
    expect(patternsFor(roles)).toBe(shown);
  });

  it("is not shown without a login, while the public items are", () => {
    expect(patternsFor(null)).toBe(false);
    expect(visibleNavItems(null).map((i) => i.to)).toEqual(["/signals", "/knowledge", "/contacts"]);
  });

  it("still limits role-listed items to their roles", () => {
    expect(visibleNavItems(["privacy_officer"]).some((i) => i.to === "/audit")).toBe(true);
    expect(visibleNavItems(["mentor"]).some((i) => i.to === "/audit")).toBe(false);
  });
});
