/** The roles of PRODUCT.md §2 and the relations a professional can have to one youth. */
export const ROLES = [
  "mentor",
  "guardian",
  "care_coordinator",
  "school",
  "team_lead",
  "privacy_officer",
  "trainer",
  "researcher",
  "org_admin",
  "system_admin",
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work with dossiers (the others never see dossier content). */
export const CASEWORK_ROLES: readonly Role[] = [
  "mentor",
  "guardian",
  "care_coordinator",
  "school",
  "team_lead",
];

export const CIRCLE_RELATIONS = [
  "mentor",
  "guardian",
  "care_coordinator",
  "school",
  "team_lead",
  "other",
] as const;
export type CircleRelation = (typeof CIRCLE_RELATIONS)[number];

export const ORGANISATION_TYPES = [
  "coa_location",
  "nidos_region",
  "care_region",
  "school",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const YOUTH_STATUSES = ["present", "missing", "transferred", "left_care", "closed"] as const;
export type YouthStatus = (typeof YOUTH_STATUSES)[number];

/**
 * The relations a professional with these roles may have in a circle: one of their own casework
 * roles, or "other" — except that a school member is only ever "school", so the school's
 * header-only view cannot be escaped by adding them under another relation.
 */
export function allowedRelations(roles: readonly string[]): CircleRelation[] {
  const own = CIRCLE_RELATIONS.filter((r) => r !== "other" && roles.includes(r));
  const schoolOnly = own.length === 1 && own[0] === "school";
  if (schoolOnly) return ["school"];
  return [...own.filter((r) => r !== "school"), ...(own.length > 0 ? (["other"] as const) : [])];
}

/** The most specific casework role first: the role shown beside a name and in the access log. */
const ROLE_ORDER: readonly Role[] = [
  "care_coordinator",
  "guardian",
  "mentor",
  "school",
  "team_lead",
  "privacy_officer",
  "trainer",
  "researcher",
  "org_admin",
  "system_admin",
];

/** A person's primary role, or null when they have none of ours. */
export function primaryRole(roles: readonly string[]): Role | null {
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? null;
}
