import { describe, expect, it } from "vitest";
import { longDate, longDateTime } from "./display.js";

describe("dates and times in documents", () => {
  it.each([
    // A winter evening: 19:42 UTC is 20:42 in Amsterdam (CET, UTC+1).
    ["2026-11-29T19:42:00.000Z", "nl", "29 november 2026, 20:42 (Nederlandse tijd, CET)"],
    // Summer time: 19:42 UTC is 21:42 (CEST, UTC+2).
    ["2026-07-01T19:42:00.000Z", "nl", "1 juli 2026, 21:42 (Nederlandse tijd, CEST)"],
    // Just before midnight UTC it is already the next day in Amsterdam.
    ["2026-12-06T23:30:00.000Z", "nl", "7 december 2026, 00:30 (Nederlandse tijd, CET)"],
    ["2026-11-29T19:42:00.000Z", "en", "29 November 2026, 20:42 (Dutch time, CET)"],
  ] as const)("%s in %s reads %s", (iso, lang, text) => {
    expect(longDateTime(iso, lang)).toBe(text);
  });

  it.each([
    ["2026-12-06", "nl", "6 december 2026"],
    ["2026-12-06", "en", "6 December 2026"],
    // A timestamp's date is the Amsterdam date, not the UTC one.
    ["2026-12-06T23:30:00.000Z", "nl", "7 december 2026"],
    ["2009-02-10", "nl", "10 februari 2009"],
  ] as const)("the date %s in %s reads %s", (iso, lang, text) => {
    expect(longDate(iso, lang)).toBe(text);
  });

  it("an empty value is a dash and an unreadable one is shown as it is", () => {
    expect(longDate(null)).toBe("—");
    expect(longDateTime(undefined)).toBe("—");
    expect(longDate("onbekend")).toBe("onbekend");
  });
});
