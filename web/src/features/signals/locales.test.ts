import { describe } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import en from "./locales/en.json";
import navEn from "./locales/nav.en.json";
import navNl from "./locales/nav.nl.json";
import nl from "./locales/nl.json";

describe("the signal screens' texts", () => {
  localeParityTests([
    { nl, en },
    { nl: navNl, en: navEn },
  ]);
});
