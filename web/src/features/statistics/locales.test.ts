import { describe } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("statistics interface texts", () => {
  localeParityTests([{ nl, en }]);
});
