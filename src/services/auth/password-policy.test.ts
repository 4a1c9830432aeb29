import { describe, expect, it } from "vitest";
import { commonPasswords, passwordProblems } from "./password-policy.js";

describe("a new password", () => {
  it("is checked against the shipped list of common passwords (thousands of entries)", () => {
    expect(commonPasswords().size).toBeGreaterThan(1900);
    expect(commonPasswords().has("password")).toBe(true);
  });

  it.each([
    ["kort", ["too_short"]],
    ["elf tekens!", ["too_short"]],
    ["x".repeat(201), ["too_long"]],
    ["password2026!", ["common"]],
    ["123456789012", ["common"]],
    ["!!Superman1234", ["common"]],
    ["qwertyuiopas", []],
    ["abcabcabcabc", ["repetitive"]],
    ["aaaaaaaaaaaa", ["repetitive"]],
    ["2026dragon2026", ["common"]],
    ["fatima.jansen", ["like_email"]],
    ["fietsbel-regen-appel", []],
    ["Groene Kikker 48 springt", []],
  ])("%s → %j", (password, problems) => {
    expect(passwordProblems(password, "fatima.jansen@coa.test")).toEqual(problems);
  });
});
