import type { RouteObject } from "react-router";

export const trainingRoutes: RouteObject[] = [];
