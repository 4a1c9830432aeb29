/** Main navigation; `roles` limits an item to those roles, `public` shows it without login. */
export interface NavItem {
  to: string;
  label: string;
  roles?: string[];
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
  { to: "/audit", label: "nav.audit", roles: ["privacy_officer"] },
  { to: "/admin/organisations", label: "nav.organisations", roles: ["system_admin"] },
];
