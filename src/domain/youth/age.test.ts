import { describe, expect, it } from "vitest";
import { ageOn, eighteenthBirthday, isoDate, monthsUntil18 } from "./age.js";

describe("age and turning 18", () => {
  it.each([
    ["2010-05-10", "2026-05-09", 15],
    ["2010-05-10", "2026-05-10", 16],
    ["2008-12-31", "2026-11-29", 17],
  ])("born %s, on %s, is %i", (dob, today, age) => {
    expect(ageOn(dob, today)).toBe(age);
  });

  it.each([
    ["2009-05-10", "2026-11-29", 5],
    ["2008-12-31", "2026-11-29", 1],
    ["2008-12-10", "2026-11-29", 0],
    ["2010-05-10", "2026-11-29", null],
    ["2008-01-01", "2026-11-29", null],
  ])("born %s, seen on %s, turns 18 in %s months", (dob, today, months) => {
    expect(monthsUntil18(dob, today)).toBe(months);
  });

  it("today is the Dutch calendar date, also just after midnight", () => {
    expect(isoDate(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
    expect(isoDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(isoDate(new Date("2026-11-29T10:00:00Z"))).toBe("2026-11-29");
  });

  it("a leap-day birthday turns 18 on 28 February in a common year", () => {
    expect(eighteenthBirthday("2008-02-29")).toBe("2026-02-28");
  });
});
