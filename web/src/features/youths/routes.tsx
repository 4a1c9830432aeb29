import type { RouteObject } from "react-router";

export const youthRoutes: RouteObject[] = [];
