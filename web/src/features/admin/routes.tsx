/** The administrators' screens (issue 19), a lazy chunk. No dossier content is ever shown here. */
import type { RouteObject } from "react-router";

/** Routes of the admin feature, added to the logged-in routes in web/src/routes.tsx. */
export const adminRoutes: RouteObject[] = [
  {
    path: "/admin/organisations",
    lazy: () => import("./OrganisationsPage").then((m) => ({ Component: m.OrganisationsPage })),
  },
  {
    path: "/admin/organisations/:organisationId",
    lazy: () =>
      import("./OrganisationEditPage").then((m) => ({ Component: m.OrganisationEditPage })),
  },
  {
    path: "/admin/users",
    lazy: () => import("./UsersPage").then((m) => ({ Component: m.UsersPage })),
  },
  {
    path: "/admin/users/:accountId",
    lazy: () => import("./UserDetailPage").then((m) => ({ Component: m.UserDetailPage })),
  },
  {
    path: "/admin/jobs",
    lazy: () => import("./DeadLettersPage").then((m) => ({ Component: m.DeadLettersPage })),
  },
];
