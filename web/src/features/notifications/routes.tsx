/** The notifications screen, a lazy chunk. */
import type { RouteObject } from "react-router";

/** Routes of the notifications feature, added to the logged-in routes in web/src/routes.tsx. */
export const notificationRoutes: RouteObject[] = [
  {
    path: "/notifications",
    lazy: () => import("./NotificationsPage").then((m) => ({ Component: m.NotificationsPage })),
  },
];
