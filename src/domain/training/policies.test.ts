import { describe, expect, it } from "vitest";
import type { Role } from "../roles.js";
import {
  canRecordClassroomTraining,
  canSeeAllTrainingRecords,
  canSeeTrainingRecordsOf,
  canSetRefresherInterval,
  trainingDashboardScope,
} from "./policies.js";

const actor = (role: Role, organisationId = "org-a") => ({
  userId: `u-${role}`,
  roles: [role],
  organisationId,
});

describe("training policies", () => {
  it.each([
    ["trainer", { kind: "all" }],
    ["team_lead", { kind: "organisation", organisationId: "org-a" }],
    ["researcher", { kind: "aggregates" }],
    ["mentor", null],
    ["guardian", null],
    ["privacy_officer", null],
    ["system_admin", null],
  ] as const)("the dashboard scope of a %s is %j", (role, scope) => {
    expect(trainingDashboardScope(actor(role))).toEqual(scope);
  });

  it.each([
    ["trainer", "org-b", true],
    ["team_lead", "org-a", true],
    ["team_lead", "org-b", false],
    ["researcher", "org-a", false],
    ["mentor", "org-a", false],
  ] as const)("a %s sees named records of %s: %s", (role, org, ok) => {
    expect(canSeeTrainingRecordsOf(actor(role), org)).toBe(ok);
  });

  it.each([
    ["trainer", true],
    ["team_lead", false],
    ["researcher", false],
    ["mentor", false],
  ] as const)("a %s records classroom trainings and sees all records: %s", (role, ok) => {
    expect(canRecordClassroomTraining(actor(role))).toBe(ok);
    expect(canSeeAllTrainingRecords(actor(role))).toBe(ok);
  });

  it.each([
    ["trainer", "org-b", true],
    ["team_lead", "org-a", true],
    ["team_lead", "org-b", false],
    ["mentor", "org-a", false],
    ["org_admin", "org-a", false],
  ] as const)("a %s sets the refresher interval of %s: %s", (role, org, ok) => {
    expect(canSetRefresherInterval(actor(role), org)).toBe(ok);
  });
});
