/**
 * The public knowledge screens (no login, no case data): signal list, indicator pages, the
 * printable list, knowledge base and sociale kaart. Each screen is its own lazy chunk; only
 * the signal list chunk loads MiniSearch.
 */
import type { RouteObject } from "react-router";

/** Routes of the catalogue feature, added to the public routes in web/src/routes.tsx. */
export const catalogRoutes: RouteObject[] = [
  {
    path: "/signals",
    lazy: () => import("./SignalsPage").then((m) => ({ Component: m.SignalsPage })),
  },
  {
    path: "/signals/print",
    lazy: () => import("./SignalsPrintPage").then((m) => ({ Component: m.SignalsPrintPage })),
  },
  {
    path: "/signals/:id",
    lazy: () => import("./IndicatorPage").then((m) => ({ Component: m.IndicatorPage })),
  },
  {
    path: "/knowledge",
    lazy: () => import("./KnowledgeListPage").then((m) => ({ Component: m.KnowledgeListPage })),
  },
  {
    path: "/knowledge/:id",
    lazy: () =>
      import("./KnowledgeArticlePage").then((m) => ({ Component: m.KnowledgeArticlePage })),
  },
  {
    path: "/contacts",
    lazy: () => import("./ContactsPage").then((m) => ({ Component: m.ContactsPage })),
  },
];
