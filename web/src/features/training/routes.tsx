/**
 * Training screens (issue 9), each a lazy chunk: the module list, one module, and the
 * dashboard for trainers, team leads and researchers.
 */
import type { RouteObject } from "react-router";

/** Routes of the training feature, added to the logged-in routes in web/src/routes.tsx. */
export const trainingRoutes: RouteObject[] = [
  {
    path: "/training",
    lazy: () => import("./TrainingListPage").then((m) => ({ Component: m.TrainingListPage })),
  },
  {
    path: "/training/dashboard",
    lazy: () => import("./DashboardPage").then((m) => ({ Component: m.DashboardPage })),
  },
  {
    path: "/training/:moduleId",
    lazy: () => import("./ModulePage").then((m) => ({ Component: m.ModulePage })),
  },
];
