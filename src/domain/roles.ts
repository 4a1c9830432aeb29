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
