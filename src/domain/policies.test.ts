import { describe, expect, it } from "vitest";
import {
  abilities,
  allowed,
  canManageToken,
  canRetractSignal,
  canManageAccount,
  canSeeSignal,
  rolesThatReadDossiersOrTheAccessLog,
  secondFactorPending,
  grantableRoles,
  tokenRoles,
  tokenScope,
  type Actor,
  type YouthAction,
  type YouthRelation,
} from "./policies.js";
import type { Role } from "./roles.js";

/**
 * The access matrix, readable by a privacy officer: role × relation to the youth → what is
 * allowed. "Y" allowed, "." not. Relations: in the circle (as the role itself), same
 * organisation as the youth's location (not in circle), other organisation, former member
 * (membership ended: no relation left), emergency access, read-only handover access.
 */
const ORG = "org-location";
const OTHER = "org-other";

type RelationName = "circle" | "sameOrg" | "otherOrg" | "former" | "emergency" | "handover";

function relation(name: RelationName, role: Role): { actorOrg: string; rel: YouthRelation } {
  const asRelation =
    (["mentor", "guardian", "care_coordinator", "school", "team_lead"] as const).find(
      (r) => r === role,
    ) ?? "other";
  switch (name) {
    case "circle":
      return {
        actorOrg: OTHER,
        rel: {
          youthLocationId: ORG,
          membership: { relation: asRelation, readOnly: false },
          emergency: false,
        },
      };
    case "handover":
      return {
        actorOrg: OTHER,
        rel: {
          youthLocationId: ORG,
          membership: { relation: asRelation, readOnly: true },
          emergency: false,
        },
      };
    case "sameOrg":
      return { actorOrg: ORG, rel: { youthLocationId: ORG, membership: null, emergency: false } };
    case "otherOrg":
    case "former":
      return { actorOrg: OTHER, rel: { youthLocationId: ORG, membership: null, emergency: false } };
    case "emergency":
      return { actorOrg: OTHER, rel: { youthLocationId: ORG, membership: null, emergency: true } };
  }
}

const COLUMNS: YouthAction[] = [
  "youth.read",
  "youth.readFull",
  "youth.update",
  "youth.relocate",
  "circle.manage",
  "signal.create",
  "picture.read",
  "judgement.create",
  "access.decide",
  "access.request",
  "access.emergency",
];

// role, relation, expected per COLUMNS (read, full, update, relocate, circle, signal, picture, judgement, decide, request, emergency)
const MATRIX: [Role, RelationName, string][] = [
  ["mentor", "circle", "Y Y Y Y Y Y Y Y Y . ."],
  ["mentor", "handover", "Y Y . . . . Y . . . ."],
  ["mentor", "sameOrg", ". . . . . . . . . Y ."],
  ["mentor", "otherOrg", ". . . . . . . . . Y ."],
  ["mentor", "former", ". . . . . . . . . Y ."],
  ["guardian", "circle", "Y Y Y Y Y Y Y Y Y . ."],
  ["guardian", "otherOrg", ". . . . . . . . . Y ."],
  ["care_coordinator", "circle", "Y Y Y Y Y Y Y Y Y . ."],
  ["care_coordinator", "otherOrg", ". . . . . . . . . Y Y"],
  ["care_coordinator", "emergency", "Y Y . . . Y Y Y . . ."],
  ["school", "circle", "Y . . . . Y . . . . ."],
  ["school", "otherOrg", ". . . . . . . . . Y ."],
  ["team_lead", "sameOrg", "Y Y Y Y Y Y Y Y Y . ."],
  ["team_lead", "otherOrg", ". . . . . . . . . Y Y"],
  ["team_lead", "emergency", "Y Y . . . Y Y Y . . ."],
  ["privacy_officer", "sameOrg", ". . . . . . . . . . ."],
  ["trainer", "circle", ". . . . . . . . . . ."],
  ["researcher", "sameOrg", ". . . . . . . . . . ."],
  ["org_admin", "sameOrg", ". . . . . . . . . . ."],
  ["system_admin", "emergency", ". . . . . . . . . . ."],
];

describe("access matrix: role × relation to the youth × action", () => {
  it.each(MATRIX)("a %s (%s)", (role, rel, expected) => {
    const { actorOrg, rel: relation_ } = relation(rel, role);
    const actor: Actor = { userId: "u1", roles: [role], organisationId: actorOrg };
    const can = abilities(actor, relation_);
    const got = COLUMNS.map((c) => (can[c] ? "Y" : ".")).join(" ");
    expect(got).toBe(expected);
  });
});

describe("global actions", () => {
  it.each([
    ["mentor", "youth.create", true],
    ["school", "youth.create", false],
    ["researcher", "youth.list", false],
    ["privacy_officer", "audit.read", true],
    ["mentor", "audit.read", false],
    ["researcher", "statistics.read", true],
    ["system_admin", "statistics.read", true],
    ["mentor", "statistics.read", false],
    ["org_admin", "statistics.read", false],
    ["system_admin", "statistics.refresh", true],
    ["researcher", "statistics.refresh", false],
    ["trainer", "training.dashboard", true],
    ["mentor", "training.dashboard", false],
    ["mentor", "token.create", true],
    ["org_admin", "token.create", true],
    ["mentor", "directory.read", true],
    ["team_lead", "directory.read", true],
    ["school", "directory.read", false],
    ["researcher", "directory.read", false],
    ["trainer", "directory.read", false],
    ["privacy_officer", "directory.read", false],
    ["org_admin", "directory.read", false],
    ["trainer", "contact.check", true],
    ["org_admin", "contact.check", true],
    ["mentor", "contact.check", false],
    ["team_lead", "contact.check", false],
    ["researcher", "contact.check", false],
    ["org_admin", "user.manage", true],
    ["system_admin", "user.manage", true],
    ["team_lead", "user.manage", false],
    ["privacy_officer", "user.manage", false],
    ["mentor", "user.manage", false],
    ["system_admin", "organisation.manage", true],
    ["org_admin", "organisation.manage", false],
    ["team_lead", "organisation.manage", false],
    ["privacy_officer", "organisation.manage", false],
    ["privacy_officer", "retention.read", true],
    ["system_admin", "retention.read", true],
    ["org_admin", "retention.read", false],
    ["team_lead", "retention.read", false],
    ["privacy_officer", "retention.hold", true],
    ["system_admin", "retention.hold", false],
    ["team_lead", "retention.hold", false],
    ["privacy_officer", "subject.export", true],
    ["system_admin", "subject.export", false],
    ["mentor", "subject.export", false],
    ["privacy_officer", "subject.erase", true],
    ["system_admin", "subject.erase", false],
    ["team_lead", "subject.erase", false],
    ["system_admin", "jobs.read", true],
    ["org_admin", "jobs.read", false],
    ["privacy_officer", "jobs.read", false],
    ["team_lead", "jobs.read", false],
    ["system_admin", "mail.monitor", true],
    ["org_admin", "mail.monitor", false],
    ["privacy_officer", "mail.monitor", false],
    ["care_coordinator", "pattern.read", true],
    ["mentor", "pattern.read", false],
    ["guardian", "pattern.read", false],
    ["team_lead", "pattern.read", false],
    ["school", "pattern.read", false],
    ["researcher", "pattern.read", false],
    ["privacy_officer", "pattern.read", false],
    ["org_admin", "pattern.read", false],
    ["system_admin", "pattern.read", false],
  ] as const)("a %s: %s → %s", (role, action, expected) => {
    expect(allowed({ userId: "u", roles: [role], organisationId: ORG }, action)).toBe(expected);
  });
});

describe("patterns across youths (issue 25)", () => {
  it.each([
    [["care_coordinator", "system_admin"], false],
    [["care_coordinator", "org_admin"], false],
    [["care_coordinator", "researcher"], false],
    [["care_coordinator", "mentor"], true],
  ] as const)("a person with roles %j: pattern.read → %s", (roles, expected) => {
    expect(allowed({ userId: "u", roles, organisationId: ORG }, "pattern.read")).toBe(expected);
  });
});

describe("signals", () => {
  const school: Actor = { userId: "s1", roles: ["school"], organisationId: "school-org" };
  const schoolRel: YouthRelation = {
    youthLocationId: ORG,
    membership: { relation: "school", readOnly: false },
    emergency: false,
  };

  it("a school teacher sees the signals of their own school only", () => {
    expect(canSeeSignal(school, schoolRel, "school-org")).toBe(true);
    expect(canSeeSignal(school, schoolRel, ORG)).toBe(false);
  });

  it("a signal can be retracted by whoever recorded it, or by the location's team lead", () => {
    const mentor: Actor = { userId: "m1", roles: ["mentor"], organisationId: ORG };
    const rel: YouthRelation = {
      youthLocationId: ORG,
      membership: { relation: "mentor", readOnly: false },
      emergency: false,
    };
    expect(canRetractSignal(mentor, rel, "m1")).toBe(true);
    expect(canRetractSignal(mentor, rel, "someone-else")).toBe(false);
    const lead: Actor = { userId: "t1", roles: ["team_lead"], organisationId: ORG };
    expect(
      canRetractSignal(
        lead,
        { youthLocationId: ORG, membership: null, emergency: false },
        "someone-else",
      ),
    ).toBe(true);
  });
});

describe("user accounts (issue 19)", () => {
  it.each([
    ["system_admin", OTHER, ["mentor"], true],
    ["system_admin", OTHER, ["system_admin"], true],
    ["org_admin", ORG, ["mentor"], true],
    ["org_admin", ORG, ["org_admin"], true],
    ["org_admin", ORG, ["system_admin"], false],
    ["org_admin", OTHER, ["mentor"], false],
    ["team_lead", ORG, ["mentor"], false],
    ["privacy_officer", ORG, ["mentor"], false],
  ] as const)(
    "a %s of %s may manage an account with roles %j of the mentor's organisation → %s",
    (role, org, roles, expected) => {
      const actor: Actor = { userId: "a1", roles: [role], organisationId: org };
      expect(canManageAccount(actor, { organisationId: ORG, roles })).toBe(expected);
    },
  );

  it("an org admin may give every role but system admin; a team lead none", () => {
    const of = (role: Role) => grantableRoles({ userId: "a", roles: [role], organisationId: ORG });
    expect(of("system_admin")).toContain("system_admin");
    expect(of("org_admin")).not.toContain("system_admin");
    expect(of("org_admin")).toContain("mentor");
    expect(of("team_lead")).toEqual([]);
  });
});

describe("API tokens", () => {
  const owner = { userId: "m1", organisationId: ORG };
  it.each([
    ["system_admin", OTHER, true],
    ["org_admin", ORG, true],
    ["org_admin", OTHER, false],
    ["mentor", ORG, false],
    ["team_lead", ORG, false],
  ] as const)("a %s of %s may manage a mentor's token of %s → %s", (role, org, expected) => {
    const actor: Actor = { userId: "a1", roles: [role], organisationId: org };
    expect(canManageToken(actor, owner)).toBe(expected);
  });

  it("everyone manages their own tokens", () => {
    const actor: Actor = { userId: "m1", roles: ["mentor"], organisationId: ORG };
    expect(canManageToken(actor, owner)).toBe(true);
    expect(tokenScope(actor)).toEqual({ kind: "own", userId: "m1" });
  });

  it("a token of someone with an admin role carries no casework role", () => {
    expect(tokenRoles(["org_admin", "mentor"])).toEqual(["org_admin"]);
    expect(tokenRoles(["system_admin", "team_lead", "privacy_officer"])).toEqual([
      "system_admin",
      "privacy_officer",
    ]);
    expect(tokenRoles(["mentor", "guardian"])).toEqual(["mentor", "guardian"]);
  });
});

describe("two-step login required (issue 20): the default roles", () => {
  // A role reads a dossier or the access log → 2FA by default. Derived from the rules above.
  it.each([
    ["mentor", true],
    ["guardian", true],
    ["care_coordinator", true],
    ["school", true],
    ["team_lead", true],
    ["privacy_officer", true],
    ["trainer", false],
    ["researcher", false],
    ["org_admin", false],
    ["system_admin", false],
  ] as const)("%s → %s", (role, required) => {
    expect(rolesThatReadDossiersOrTheAccessLog().includes(role)).toBe(required);
  });

  it.each([
    [["mentor"], ["mentor"], false, true],
    [["mentor"], ["mentor"], true, false],
    [["trainer"], ["mentor"], false, false],
    [["trainer", "mentor"], ["mentor"], false, true],
    [["mentor"], [], false, false],
  ] as const)(
    "roles %j, required %j, has a factor %s → must enrol first: %s",
    (roles, req, has, pending) => {
      expect(secondFactorPending(roles, req, has)).toBe(pending);
    },
  );
});
