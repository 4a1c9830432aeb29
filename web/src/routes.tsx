/**
 * Feature screens, each a lazy chunk. Add a feature's routes here.
 */
import type { RouteObject } from "react-router";

/** Screens that need a login. */
export const featureRoutes: RouteObject[] = [];

/** Screens anyone may open (knowledge that contains no case data). */
export const publicFeatureRoutes: RouteObject[] = [];
