import { describe, expect, it } from "vitest";
import type { Actor, YouthRelation } from "../policies.js";
import type { Role } from "../roles.js";
import { allowedStep, isGuardianOf, type StepAction } from "./policies.js";

const actor = (role: Role): Actor => ({ userId: "u1", roles: [role], organisationId: "org-a" });
const member = (relation: string, readOnly = false): YouthRelation => ({
  youthLocationId: "org-b",
  membership: { relation: relation as "mentor", readOnly },
  emergency: false,
});
const none: YouthRelation = { youthLocationId: "org-b", membership: null, emergency: false };
const emergency: YouthRelation = { youthLocationId: "org-b", membership: null, emergency: true };

// role, relation, action → allowed
const MATRIX: [string, Role, YouthRelation, StepAction, boolean][] = [
  ["a mentor in the circle changes steps", "mentor", member("mentor"), "steps.change", true],
  [
    "a guardian in the circle makes a report",
    "guardian",
    member("guardian"),
    "report.create",
    true,
  ],
  [
    "a care coordinator in the circle opens a missing episode",
    "care_coordinator",
    member("care_coordinator"),
    "missing.change",
    true,
  ],
  ["a school member does not read steps", "school", member("school"), "steps.read", false],
  ["a school member does not read reports", "school", member("school"), "report.read", false],
  ["a read-only member reads steps", "mentor", member("mentor", true), "steps.read", true],
  [
    "a read-only member does not change steps",
    "mentor",
    member("mentor", true),
    "steps.change",
    false,
  ],
  ["someone outside the circle reads nothing", "mentor", none, "steps.read", false],
  [
    "emergency access may record a safety check",
    "care_coordinator",
    emergency,
    "steps.change",
    true,
  ],
  ["emergency access may not send a report", "care_coordinator", emergency, "report.create", false],
  ["a researcher never reads steps", "researcher", member("other"), "steps.read", false],
];

describe("who may act on steps, reports and missing episodes", () => {
  it.each(MATRIX)("%s", (_n, role, rel, action, allowed) => {
    expect(allowedStep(actor(role), action, rel)).toBe(allowed);
  });

  it("only the guardian in the circle records the guardian's consent", () => {
    expect(isGuardianOf(member("guardian"))).toBe(true);
    expect(isGuardianOf(member("mentor"))).toBe(false);
    expect(isGuardianOf(member("guardian", true))).toBe(false);
  });
});
