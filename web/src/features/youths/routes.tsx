/**
 * The youth screens, each a lazy chunk: "Mijn jongeren", register, and the dossier with its
 * tabs (from dossier-tabs.ts, the extension point for other features) and the relocation page.
 */
import type { RouteObject } from "react-router";
import { dossierTabs, type DossierTab } from "./dossier-tabs";

function tabRoute(tab: DossierTab): RouteObject {
  const lazy = () =>
    import("./dossier/TabGate").then(({ TabGate }) => ({
      Component: function DossierTabRoute() {
        return <TabGate tab={tab} />;
      },
    }));
  return tab.path ? { path: tab.path, lazy } : { index: true, lazy };
}

/** Routes of the youths feature, added to the logged-in routes in web/src/routes.tsx. */
export const youthRoutes: RouteObject[] = [
  {
    path: "/youths",
    lazy: () => import("./list/YouthsPage").then((m) => ({ Component: m.YouthsPage })),
  },
  {
    path: "/youths/new",
    lazy: () =>
      import("./register/RegisterYouthPage").then((m) => ({ Component: m.RegisterYouthPage })),
  },
  {
    path: "/youths/:id",
    lazy: () => import("./dossier/DossierLayout").then((m) => ({ Component: m.DossierLayout })),
    children: [
      ...dossierTabs.map(tabRoute),
      {
        path: "relocate",
        lazy: () => import("./relocate/RelocatePage").then((m) => ({ Component: m.RelocatePage })),
      },
    ],
  },
];
