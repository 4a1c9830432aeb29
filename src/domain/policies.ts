/**
 * Who may do what: one declarative rule per action, built from small named predicates over
 * data the caller has loaded. Pure; the server turns a refusal into a 404 or 403.
 */
import { DomainError } from "./errors.js";
import { CASEWORK_ROLES, type CircleRelation, type Role } from "./roles.js";

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
  "training.dashboard",
  "token.create",
  "directory.read",
  "contact.check",
  "organisation.manage",
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
  "user.manage": hasRole("org_admin", "system_admin"),
  "statistics.read": hasRole("researcher", "team_lead", "care_coordinator", "privacy_officer"),
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
