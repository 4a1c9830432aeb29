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
import { onboardingPublicRoutes, onboardingRoutes } from "./features/onboarding/routes";
import { patternRoutes } from "./features/patterns/routes";
import { statisticsRoutes } from "./features/statistics/routes";
import { settingsRoutes } from "./features/settings/routes";
import { retentionRoutes } from "./features/retention/routes";

/** Screens that need a login. */
export const featureRoutes: RouteObject[] = [
  ...youthRoutes,
  ...signalRoutes,
  ...notificationRoutes,
  ...auditRoutes,
  ...trainingRoutes,
  ...adminRoutes,
  ...onboardingRoutes,
  ...patternRoutes,
  ...statisticsRoutes,
  ...settingsRoutes,
  ...retentionRoutes,
];

/** Screens anyone may open (knowledge that contains no case data). */
export const publicFeatureRoutes: RouteObject[] = [...catalogRoutes, ...onboardingPublicRoutes];
