/** The retention screen (issue 22), a lazy chunk: deletion log, terms, legal holds. */
import type { RouteObject } from "react-router";

/** Routes of the retention feature, added to the logged-in routes in web/src/routes.tsx. */
export const retentionRoutes: RouteObject[] = [
  {
    path: "/retention",
    lazy: () => import("./DeletionLogPage").then((m) => ({ Component: m.DeletionLogPage })),
  },
];
