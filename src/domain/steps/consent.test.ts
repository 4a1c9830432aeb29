import { describe, expect, it } from "vitest";
import { consentAgeUncertain, requiredSigner } from "./consent.js";

describe("who signs the CoMensha consent statement (facts.md §4)", () => {
  it.each([
    ["15 years and 364 days", "2010-06-02", "2026-06-01", "guardian"],
    ["exactly 16 on the day", "2010-06-01", "2026-06-01", "youth"],
    ["17", "2009-01-01", "2026-06-01", "youth"],
    ["13", "2013-01-01", "2026-06-01", "guardian"],
  ] as const)("a youth of %s → the %s signs", (_n, dob, on, signer) => {
    expect(requiredSigner(dob, on)).toBe(signer);
  });

  it.each([
    ["an exact date of birth is never uncertain", "2010-06-01", false, "2026-06-01", false],
    ["an estimate near 16 is uncertain", "2010-06-01", true, "2026-08-01", true],
    ["an estimate far from 16 is not", "2008-01-01", true, "2026-06-01", false],
  ] as const)("%s", (_n, dob, estimated, on, uncertain) => {
    expect(consentAgeUncertain(dob, estimated, on)).toBe(uncertain);
  });
});
