/** The demo world: organisations and one account per role (PRODUCT.md §2). */
import type { OrganisationType, Role } from "../../domain/roles.js";

export const DEMO_PASSWORD = "demo-inzicht-2026";

export interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  region: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: "coa-zutphen", name: "COA Zutphen", type: "coa_location", region: "Oost" },
  { key: "coa-ter-apel", name: "COA Ter Apel", type: "coa_location", region: "Noord" },
  { key: "nidos-oost", name: "Nidos regio Oost", type: "nidos_region", region: "Oost" },
  {
    key: "zorg-oost",
    name: "Zorgcoördinatie mensenhandel Oost",
    type: "care_region",
    region: "Oost",
  },
  { key: "isk-zutphen", name: "ISK De Brug Zutphen", type: "school", region: "Oost" },
  { key: "fier", name: "Fier Academy", type: "other", region: "Landelijk" },
  { key: "onderzoek", name: "Onderzoek Kind & Uitbuiting", type: "other", region: "Landelijk" },
  { key: "beheer", name: "InZicht beheer", type: "other", region: "Landelijk" },
  // Demo only: a made-up population for the anonymous statistics (seed-demo-statistics.ts), in
  // regions where no other demo account works, so no caseload or circle changes.
  { key: "stat-zuid", name: "COA Demo-statistiek Zuid", type: "coa_location", region: "Zuid" },
  { key: "stat-west", name: "COA Demo-statistiek West", type: "coa_location", region: "West" },
];

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  org: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: "mentor@demo.inzicht.test",
    displayName: "Sanne de Vries",
    roles: ["mentor"],
    org: "coa-zutphen",
  },
  {
    email: "guardian@demo.inzicht.test",
    displayName: "Youssef El Amrani",
    roles: ["guardian"],
    org: "nidos-oost",
  },
  {
    email: "care_coordinator@demo.inzicht.test",
    displayName: "Marieke Jansen",
    roles: ["care_coordinator"],
    org: "zorg-oost",
  },
  {
    email: "school@demo.inzicht.test",
    displayName: "Peter Bakker",
    roles: ["school"],
    org: "isk-zutphen",
  },
  {
    email: "team_lead@demo.inzicht.test",
    displayName: "Ingrid Smit",
    roles: ["team_lead"],
    org: "coa-zutphen",
  },
  {
    email: "privacy_officer@demo.inzicht.test",
    displayName: "Daan Visser",
    roles: ["privacy_officer"],
    org: "beheer",
  },
  {
    email: "trainer@demo.inzicht.test",
    displayName: "Jelske Hoekstra",
    roles: ["trainer"],
    org: "fier",
  },
  {
    email: "researcher@demo.inzicht.test",
    displayName: "Noor Hendriks",
    roles: ["researcher"],
    org: "onderzoek",
  },
  {
    email: "org_admin@demo.inzicht.test",
    displayName: "Kees Mulder",
    roles: ["org_admin"],
    org: "coa-zutphen",
  },
  {
    email: "system_admin@demo.inzicht.test",
    displayName: "Fatima Bouzid",
    roles: ["system_admin"],
    org: "beheer",
  },
  // A second mentor at COA Zutphen, in no demo youth's circle: the colleague an org admin can
  // choose as successor when deactivating Sanne de Vries (issue 19).
  {
    email: "mentor.zutphen@demo.inzicht.test",
    displayName: "Bram Koster",
    roles: ["mentor"],
    org: "coa-zutphen",
  },
  // A second location's staff, to show that need-to-know keeps them out.
  {
    email: "mentor.terapel@demo.inzicht.test",
    displayName: "Tom Wouters",
    roles: ["mentor"],
    org: "coa-ter-apel",
  },
  {
    email: "team_lead.terapel@demo.inzicht.test",
    displayName: "Anouk Dijkstra",
    roles: ["team_lead"],
    org: "coa-ter-apel",
  },
  // Registers the made-up statistics population; no other demo youth is in their circle.
  {
    email: "mentor.statistiek@demo.inzicht.test",
    displayName: "Demo-mentor statistiek",
    roles: ["mentor"],
    org: "stat-zuid",
  },
];
