import { mayReadPatterns } from "../../../src/shared/pattern-access";

/**
 * Main navigation; `roles` limits an item to those roles, `allow` to a rule over all the user's
 * roles (the server's own, from src/shared), `public` shows it without login.
 */
export interface NavItem {
  to: string;
  label: string;
  roles?: string[];
  allow?: (roles: readonly string[]) => boolean;
  public?: boolean;
}

export const navItems: NavItem[] = [
  { to: "/", label: "nav.home" },
  {
    to: "/youths",
    label: "nav.youths",
    roles: ["mentor", "guardian", "care_coordinator", "school", "team_lead"],
  },
  { to: "/signals", label: "nav.signals", public: true },
  { to: "/knowledge", label: "nav.knowledge", public: true },
  { to: "/contacts", label: "nav.contacts", public: true },
  { to: "/training", label: "nav.training" },
  { to: "/patterns", label: "nav.patterns", allow: mayReadPatterns },
  { to: "/audit", label: "nav.audit", roles: ["privacy_officer"] },
  {
    to: "/statistics",
    label: "nav.statistics",
    roles: ["researcher", "team_lead", "care_coordinator", "privacy_officer", "system_admin"],
  },
  { to: "/admin/organisations", label: "nav.organisations", roles: ["system_admin"] },
  { to: "/admin/jobs", label: "nav.jobs", roles: ["system_admin"] },
  { to: "/admin/users", label: "nav.users", roles: ["org_admin", "system_admin"] },
  { to: "/admin/invitations", label: "nav.invitations", roles: ["org_admin", "system_admin"] },
  { to: "/admin/mail", label: "nav.mail", roles: ["system_admin"] },
  { to: "/retention", label: "nav.retention", roles: ["privacy_officer", "system_admin"] },
  {
    to: "/settings/notices",
    label: "nav.notices",
    roles: ["mentor", "guardian", "care_coordinator", "school", "team_lead"],
  },
  { to: "/settings/security", label: "nav.security" },
];

/** The items a visitor sees: public ones, and for a signed-in user those their roles allow. */
export function visibleNavItems(roles: readonly string[] | null): NavItem[] {
  return navItems.filter(
    (item) =>
      (item.public || roles) &&
      (!item.roles || (roles ?? []).some((r) => item.roles?.includes(r))) &&
      (!item.allow || (roles !== null && item.allow(roles))),
  );
}
