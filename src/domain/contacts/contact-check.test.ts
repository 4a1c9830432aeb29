import { describe, expect, it } from "vitest";
import { checkExpiresOn, contactCheckStatus } from "./contact-check.js";

const named = (checkedOn: string) => ({
  checkedOn,
  checkedBy: { name: "J. de Vries", organisation: "Fier Academy" },
});

describe("a sociale kaart check counts as recent for six months", () => {
  it.each([
    ["2026-06-01", "2026-12-01"],
    ["2026-08-31", "2027-02-28"],
    ["2027-08-31", "2028-02-29"],
    ["2026-12-15", "2027-06-15"],
  ])("a check on %s stops counting on %s", (on, expires) => {
    expect(checkExpiresOn(on)).toBe(expires);
  });

  it.each([
    ["checked today", named("2026-12-07"), "2026-12-07", "recent"],
    ["checked the day before six months ran out", named("2026-06-08"), "2026-12-07", "recent"],
    ["checked six months ago to the day", named("2026-06-07"), "2026-12-07", "not_recent"],
    ["checked a year ago", named("2025-11-24"), "2026-12-07", "not_recent"],
    ["never checked", null, "2026-12-07", "never"],
    [
      "a date without a named checker",
      { checkedOn: "2026-12-01", checkedBy: { name: " ", organisation: "X" } },
      "2026-12-07",
      "never",
    ],
  ] as const)("%s → %s", (_what, check, today, status) => {
    expect(contactCheckStatus(check, today)).toBe(status);
  });
});
