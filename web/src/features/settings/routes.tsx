/** A person's own settings (issue 19/20), a lazy chunk. */
import type { RouteObject } from "react-router";

/** Where a person who must still set up 2FA is sent (RequireAuth). */
export const SECURITY_PATH = "/settings/security";

/** Routes of the settings feature, added to the logged-in routes in web/src/routes.tsx. */
export const settingsRoutes: RouteObject[] = [
  {
    // Written out (not SECURITY_PATH) so the reflow spec's route guard finds it.
    path: "/settings/security",
    lazy: () => import("./SecurityPage").then((m) => ({ Component: m.SecurityPage })),
  },
];
