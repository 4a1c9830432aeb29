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
];
