import { describe } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import auditEn from "../audit/locales/en.json";
import auditNl from "../audit/locales/nl.json";
import notificationsEn from "../notifications/locales/en.json";
import notificationsNl from "../notifications/locales/nl.json";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("the youths, notifications and audit texts", () => {
  localeParityTests(
    [
      { nl, en },
      { nl: notificationsNl, en: notificationsEn },
      { nl: auditNl, en: auditEn },
    ],
    // Languages may need different plural forms (web/src/lib/plurals.test.ts checks them).
    { ignorePluralForms: true },
  );
});
