import { describe } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("training interface texts", () => {
  localeParityTests([{ nl, en }]);
});
