/**
 * What each role without casework can do in InZicht today (issue 15: researchers and
 * administrators logged in to an almost empty home page). Until their own screens exist, the home
 * page says which screens they can use and what is not in the screen yet. The texts are under
 * `home.guide.<role>` in web/src/locales; each item may link to a screen.
 */
import type { Role } from "../../../src/domain/roles";

/** One thing the role can do: its text key (under home.guide.<role>.) and, if any, its screen. */
export interface GuideItem {
  key: string;
  to?: string;
}

/** The guide of one role: what it can do now, and (`later`) what is not in the screen yet. */
export interface RoleGuide {
  role: Role;
  items: GuideItem[];
  later: boolean;
}

export const ROLE_GUIDES: RoleGuide[] = [
  {
    role: "trainer",
    items: [
      { key: "modules", to: "/training" },
      { key: "dashboard", to: "/training/dashboard" },
      { key: "classroom", to: "/training/dashboard" },
    ],
    later: true,
  },
  {
    role: "privacy_officer",
    items: [
      { key: "audit", to: "/audit" },
      { key: "export", to: "/audit" },
    ],
    later: true,
  },
  {
    role: "researcher",
    items: [
      { key: "statistics", to: "/statistics" },
      { key: "dashboard", to: "/training/dashboard" },
      { key: "noDossier" },
    ],
    later: true,
  },
  {
    role: "org_admin",
    items: [{ key: "noDossier" }],
    later: true,
  },
  {
    role: "system_admin",
    items: [
      { key: "organisations", to: "/admin/organisations" },
      { key: "commands" },
      { key: "noDossier" },
    ],
    later: true,
  },
];

/** The guides for a person's roles, in the order above. */
export function guidesFor(roles: readonly string[]): RoleGuide[] {
  return ROLE_GUIDES.filter((g) => roles.includes(g.role));
}
