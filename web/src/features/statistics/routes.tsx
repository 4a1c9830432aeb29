/** The anonymous statistics (issue 23): one lazy screen for researchers, team leads, care coordinators, privacy officers and system admins. */
import type { RouteObject } from "react-router";

export const statisticsRoutes: RouteObject[] = [
  {
    path: "/statistics",
    lazy: () => import("./StatisticsPage").then((m) => ({ Component: m.StatisticsPage })),
  },
];
