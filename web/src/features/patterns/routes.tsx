/** The patterns screen for the region's care coordinator (issue 25), a lazy chunk. */
import type { RouteObject } from "react-router";

/** Routes of the patterns feature, added to the logged-in routes in web/src/routes.tsx. */
export const patternRoutes: RouteObject[] = [
  {
    path: "/patterns",
    lazy: () => import("./PatternsPage").then((m) => ({ Component: m.PatternsPage })),
  },
];
