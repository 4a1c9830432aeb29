import type { RouteObject } from "react-router";

export const notificationRoutes: RouteObject[] = [];
