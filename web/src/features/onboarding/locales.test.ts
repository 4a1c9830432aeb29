import { describe, expect, it } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import en from "./locales/en.json";
import nl from "./locales/nl.json";
import { PASSWORD_PROBLEMS } from "./password-problems";

describe("the onboarding screens' texts", () => {
  localeParityTests([{ nl, en }]);

  it.each(PASSWORD_PROBLEMS)("explain the password problem %s in both languages", (code) => {
    expect(nl.onboarding.password.problems[code]).toBeTruthy();
    expect(en.onboarding.password.problems[code]).toBeTruthy();
  });
});
