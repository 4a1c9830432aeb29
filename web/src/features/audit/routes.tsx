/** The privacy officer's access-log viewer, a lazy chunk. */
import type { RouteObject } from "react-router";

/** Routes of the audit feature, added to the logged-in routes in web/src/routes.tsx. */
export const auditRoutes: RouteObject[] = [
  {
    path: "/audit",
    lazy: () => import("./AuditPage").then((m) => ({ Component: m.AuditPage })),
  },
];
