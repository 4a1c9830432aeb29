import { describe, expect, it } from "vitest";
import { localeParityTests } from "../../lib/locale-parity";
import en from "./locales/en.json";
import nl from "./locales/nl.json";
import { ACCOUNT_STATUSES, CIRCLE_RELATIONS, ORGANISATION_TYPES } from "./types";

describe("the admin screens' texts", () => {
  localeParityTests([{ nl, en }]);

  it.each(ORGANISATION_TYPES)("name the organisation type %s in both languages", (type) => {
    expect(nl.admin.organisations.types[type]).toBeTruthy();
    expect(en.admin.organisations.types[type]).toBeTruthy();
  });

  it.each(CIRCLE_RELATIONS)("name the circle relation %s in both languages", (relation) => {
    expect(nl.admin.users.relations[relation]).toBeTruthy();
    expect(en.admin.users.relations[relation]).toBeTruthy();
  });

  it.each(ACCOUNT_STATUSES)("name the account status %s in both languages", (status) => {
    expect(nl.admin.users.statuses[status]).toBeTruthy();
    expect(en.admin.users.statuses[status]).toBeTruthy();
  });
});
