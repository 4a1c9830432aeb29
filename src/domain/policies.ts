/**
 * Who may do what: one declarative rule per action, built from small named predicates over
 * data the caller has loaded. Pure; the server turns a refusal into a 404 or 403.
 */
import { DomainError } from "./errors.js";
import { mayReadPatterns } from "./pattern-access.js";
import { CASEWORK_ROLES, ROLES, type CircleRelation, type Role } from "./roles.js";

export interface Actor {
  userId: string;
  roles: readonly Role[];
  organisationId: string;
}

/** What the caller knows about the actor's relation to one youth. */
export interface YouthRelation {
  youthLocationId: string;
  /** Active circle membership (not ended and, for read-only access, not expired). */
  membership: { relation: CircleRelation; readOnly: boolean } | null;
  /** Active emergency ("break the glass") access. */
  emergency: boolean;
}

export const YOUTH_ACTIONS = [
  "youth.read",
  "youth.readFull",
  "youth.update",
  "youth.relocate",
  "circle.read",
  "circle.manage",
  "signal.create",
  "vulnerability.read",
  "vulnerability.update",
  "picture.read",
  "judgement.create",
  "access.decide",
  "access.request",
  "access.emergency",
] as const;
export type YouthAction = (typeof YOUTH_ACTIONS)[number];

export const GLOBAL_ACTIONS = [
  "youth.create",
  "youth.list",
  "audit.read",
  "catalog.read",
  "user.manage",
  "statistics.read",
  "statistics.refresh",
  "training.dashboard",
  "token.create",
  "directory.read",
  "contact.check",
  "organisation.manage",
  "jobs.read",
  "mail.monitor",
  "pattern.read",
  "retention.read",
  "retention.hold",
  "subject.export",
  "subject.erase",
] as const;
export type GlobalAction = (typeof GLOBAL_ACTIONS)[number];

export type Action = YouthAction | GlobalAction;

type YouthRule = (actor: Actor, rel: YouthRelation) => boolean;
type GlobalRule = (actor: Actor) => boolean;

// ---- predicates -------------------------------------------------------------------------------
const hasRole =
  (...roles: Role[]) =>
  (actor: Actor) =>
    actor.roles.some((r) => roles.includes(r));
const isCaseworker: GlobalRule = (a) => a.roles.some((r) => CASEWORK_ROLES.includes(r));
const isMember: YouthRule = (_a, rel) => rel.membership !== null;
const isWritingMember: YouthRule = (_a, rel) => rel.membership !== null && !rel.membership.readOnly;
const isLeadOfLocation: YouthRule = (a, rel) =>
  a.roles.includes("team_lead") && a.organisationId === rel.youthLocationId;
const hasEmergency: YouthRule = (_a, rel) => rel.emergency;
const isSchoolOnly: YouthRule = (_a, rel) => rel.membership?.relation === "school";
const isCoreMember: YouthRule = (a, rel) =>
  isWritingMember(a, rel) && rel.membership?.relation !== "school";

const any =
  (...rules: YouthRule[]): YouthRule =>
  (a, rel) =>
    rules.some((r) => r(a, rel));
const all =
  (...rules: YouthRule[]): YouthRule =>
  (a, rel) =>
    rules.every((r) => r(a, rel));
const not =
  (rule: YouthRule): YouthRule =>
  (a, rel) =>
    !rule(a, rel);
const global =
  (rule: GlobalRule): YouthRule =>
  (a) =>
    rule(a);

/** Can reach the youth at all (the same condition as src/db/reachability.ts). */
export const canReach: YouthRule = all(
  global(isCaseworker),
  any(isMember, isLeadOfLocation, hasEmergency),
);
const canReadFull: YouthRule = all(
  canReach,
  any(isLeadOfLocation, hasEmergency, all(isMember, not(isSchoolOnly))),
);

const youthRules: Record<YouthAction, YouthRule> = {
  "youth.read": canReach,
  "youth.readFull": canReadFull,
  "youth.update": all(global(isCaseworker), any(isCoreMember, isLeadOfLocation)),
  "youth.relocate": all(global(isCaseworker), any(isCoreMember, isLeadOfLocation)),
  "circle.read": canReach,
  "circle.manage": all(global(isCaseworker), any(isCoreMember, isLeadOfLocation)),
  "signal.create": all(global(isCaseworker), any(isWritingMember, isLeadOfLocation, hasEmergency)),
  "vulnerability.read": canReadFull,
  "vulnerability.update": all(global(isCaseworker), any(isCoreMember, isLeadOfLocation)),
  "picture.read": canReadFull,
  "judgement.create": all(global(isCaseworker), any(isCoreMember, isLeadOfLocation, hasEmergency)),
  "access.decide": all(global(isCaseworker), any(isCoreMember, isLeadOfLocation)),
  "access.request": all(global(isCaseworker), not(canReach)),
  "access.emergency": all(
    global(hasRole("care_coordinator", "team_lead")),
    not(any(isMember, isLeadOfLocation, hasEmergency)),
  ),
};

const globalRules: Record<GlobalAction, GlobalRule> = {
  "youth.create": hasRole("mentor", "guardian", "care_coordinator", "team_lead"),
  "youth.list": isCaseworker,
  "audit.read": hasRole("privacy_officer"),
  "catalog.read": () => true,
  // User administration (issue 19): org admins for their own organisation, system admins for
  // all (the scope is `canManageAccount`). Admins never see dossier content.
  "user.manage": hasRole("org_admin", "system_admin"),
  // Anonymous figures only (issue 23): researchers, privacy officers and system admins see the
  // country, a care coordinator their region, a team lead their organisation.
  "statistics.read": hasRole(
    "researcher",
    "team_lead",
    "care_coordinator",
    "privacy_officer",
    "system_admin",
  ),
  "statistics.refresh": hasRole("system_admin"),
  "training.dashboard": hasRole("trainer", "team_lead"),
  // Every professional may give a machine client their OWN access (never someone else's): the
  // token acts for its creator. Admins' tokens carry no casework role (see tokenRoles).
  "token.create": (a) => a.roles.length > 0,
  // The professionals directory is for adding someone to a circle or picking the new mentor on
  // a relocation: the roles that can hold circle.manage / youth.relocate (a school member never
  // manages a circle). Researchers, trainers, privacy officers and admins do not need it.
  "directory.read": hasRole("mentor", "guardian", "care_coordinator", "team_lead"),
  // Marking a sociale kaart entry as checked: trainers (who teach the contacts) and org admins.
  "contact.check": hasRole("trainer", "org_admin"),
  // Creating, renaming and deactivating organisations: the system admin only (issue 19).
  "organisation.manage": hasRole("system_admin"),
  // The job queue's dead letters (job names and error messages, no dossier content; issue 21).
  "jobs.read": hasRole("system_admin"),
  // The mails not (yet) sent — template, recipient, error; never content (issue 19).
  "mail.monitor": hasRole("system_admin"),
  // Patterns across youths (issue 25): the regional care coordinator only — never an admin,
  // researcher or anyone else, even when they also hold the coordinator role.
  // Retention (issue 22): the deletion log holds no personal data, so system admins read it
  // too; holds, data-subject exports and erasure decisions are the privacy officer's alone (a
  // system admin never sees dossier content).
  "retention.read": hasRole("privacy_officer", "system_admin"),
  "retention.hold": hasRole("privacy_officer"),
  "subject.export": hasRole("privacy_officer"),
  "subject.erase": hasRole("privacy_officer"),
  "pattern.read": (a) => mayReadPatterns(a.roles),
};

/** True when the actor may take a youth action, given their relation to that youth. */
export function allowedOnYouth(actor: Actor, action: YouthAction, rel: YouthRelation): boolean {
  return youthRules[action](actor, rel);
}

/** True when the actor may take an action that concerns no single youth. */
export function allowed(actor: Actor, action: GlobalAction): boolean {
  return globalRules[action](actor);
}

/** Throws FORBIDDEN unless allowed. (Out-of-reach youths are refused as NOT_FOUND earlier.) */
export function authorize(actor: Actor, action: GlobalAction): void {
  if (!allowed(actor, action))
    throw new DomainError("FORBIDDEN", "You are not allowed to do this.");
}

/** Throws FORBIDDEN unless allowed on this youth. */
export function authorizeOnYouth(actor: Actor, action: YouthAction, rel: YouthRelation): void {
  if (!allowedOnYouth(actor, action, rel)) {
    throw new DomainError("FORBIDDEN", "You are not allowed to do this for this youth.");
  }
}

/** Every youth action → allowed, for the SPA to show only what the user may do. */
export function abilities(actor: Actor, rel: YouthRelation): Record<YouthAction, boolean> {
  return Object.fromEntries(YOUTH_ACTIONS.map((a) => [a, allowedOnYouth(actor, a, rel)])) as Record<
    YouthAction,
    boolean
  >;
}

/** A retraction is allowed to the person who recorded the signal, or the location's team lead. */
export function canRetractSignal(actor: Actor, rel: YouthRelation, recordedBy: string): boolean {
  return (
    (actor.userId === recordedBy && canReach(actor, rel)) ||
    (actor.roles.includes("team_lead") && actor.organisationId === rel.youthLocationId)
  );
}

/** A school member sees only the signals recorded by someone of their own organisation. */
export function canSeeSignal(actor: Actor, rel: YouthRelation, recorderOrgId: string): boolean {
  if (canReadFull(actor, rel)) return true;
  return canReach(actor, rel) && recorderOrgId === actor.organisationId;
}

/**
 * Special-category vulnerability factors (health, sexuality, …; AVG art. 9) are shown only to
 * the youth's circle — not to a team lead who reaches the youth by location, nor under
 * emergency access, nor to the school.
 */
export function seesSpecialCategory(rel: YouthRelation): boolean {
  return rel.membership !== null && rel.membership.relation !== "school";
}

/**
 * The roles that can read a dossier or the access log — by the rules above, not a hand list:
 * a role is in when, holding only that role, it may read a youth it is as close to as anyone
 * can be (in the circle as itself, at its own location, with emergency access), or may read the
 * access log. The default of the deployment's "2FA required" setting (issue 20; NEN 7513).
 */
export function rolesThatReadDossiersOrTheAccessLog(): Role[] {
  return ROLES.filter((role) => {
    const actor: Actor = { userId: "probe", roles: [role], organisationId: "probe-org" };
    const relation = CIRCLE_RELATION_OF[role] ?? "other";
    const closest: YouthRelation = {
      youthLocationId: "probe-org",
      membership: { relation, readOnly: false },
      emergency: true,
    };
    return allowedOnYouth(actor, "youth.read", closest) || allowed(actor, "audit.read");
  });
}

const CIRCLE_RELATION_OF: Partial<Record<Role, CircleRelation>> = {
  mentor: "mentor",
  guardian: "guardian",
  care_coordinator: "care_coordinator",
  school: "school",
  team_lead: "team_lead",
};

/**
 * True when this person must still set up a second factor before doing anything else: one of
 * their roles is in the deployment's list and they have none (no TOTP, and no multi-factor
 * login at their identity provider for this session).
 */
export function secondFactorPending(
  roles: readonly Role[],
  requiredRoles: readonly Role[],
  hasSecondFactor: boolean,
): boolean {
  return !hasSecondFactor && roles.some((r) => requiredRoles.includes(r));
}

const ADMIN_ROLES: readonly Role[] = ["org_admin", "system_admin"];

/**
 * Which API tokens an actor may list and revoke: a system admin all of them, an organisation
 * admin those of their organisation's users, everyone else only their own.
 */
export type TokenScope =
  | { kind: "all" }
  | { kind: "organisation"; organisationId: string; userId: string }
  | { kind: "own"; userId: string };

/** The token scope of an actor (applied as a query filter and by `canManageToken`). */
export function tokenScope(actor: Actor): TokenScope {
  if (actor.roles.includes("system_admin")) return { kind: "all" };
  if (actor.roles.includes("org_admin"))
    return { kind: "organisation", organisationId: actor.organisationId, userId: actor.userId };
  return { kind: "own", userId: actor.userId };
}

/** True when the actor may see or revoke a token held by this owner. */
export function canManageToken(
  actor: Actor,
  owner: { userId: string; organisationId: string },
): boolean {
  const scope = tokenScope(actor);
  if (owner.userId === actor.userId || scope.kind === "all") return true;
  return scope.kind === "organisation" && owner.organisationId === scope.organisationId;
}

/**
 * The roles a request made with an API token acts with. A token never reaches dossier content
 * for an administrator (PRODUCT.md §2): when its holder has an admin role, the casework roles
 * are dropped, so a person who is both admin and mentor reaches dossiers only with a session.
 */
export function tokenRoles(roles: readonly Role[]): Role[] {
  if (!roles.some((r) => ADMIN_ROLES.includes(r))) return [...roles];
  return roles.filter((r) => !CASEWORK_ROLES.includes(r));
}

/**
 * Whether an administrator may see and change this account: a system admin every account; an
 * organisation admin those of their own organisation, except a system admin's. Outside the scope
 * the account answers 404, like a youth out of reach (issue 19).
 */
export function canManageAccount(
  actor: Actor,
  account: { organisationId: string; roles: readonly string[] },
): boolean {
  if (actor.roles.includes("system_admin")) return true;
  if (!actor.roles.includes("org_admin")) return false;
  return account.organisationId === actor.organisationId && !account.roles.includes("system_admin");
}

/** The roles an administrator may give or take away: an org admin never `system_admin`. */
export function grantableRoles(actor: Actor): Role[] {
  if (actor.roles.includes("system_admin")) return [...ROLES];
  if (actor.roles.includes("org_admin")) return ROLES.filter((r) => r !== "system_admin");
  return [];
}
