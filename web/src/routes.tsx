/**
 * Feature screens, each a lazy chunk. A feature exports its routes from
 * features/<feature>/routes.tsx; add it to the lists below.
 */
import type { RouteObject } from "react-router";
import { catalogRoutes } from "./features/catalog/routes";
import { trainingRoutes } from "./features/training/routes";
import { youthRoutes } from "./features/youths/routes";
import { notificationRoutes } from "./features/notifications/routes";
import { auditRoutes } from "./features/audit/routes";
import { signalRoutes } from "./features/signals/routes";
import { adminRoutes } from "./features/admin/routes";

/** Screens that need a login. */
export const featureRoutes: RouteObject[] = [
  ...youthRoutes,
  ...signalRoutes,
  ...notificationRoutes,
  ...auditRoutes,
  ...trainingRoutes,
  ...adminRoutes,
];

/** Screens anyone may open (knowledge that contains no case data). */
export const publicFeatureRoutes: RouteObject[] = [...catalogRoutes];
