/**
 * The signal screens, each a lazy chunk: recording a signal for a youth, and the full caseload.
 * The dossier tabs (Beeld, Signalen, Tijdlijn, Kwetsbaarheden) are in ./dossier-tabs.ts.
 */
import type { RouteObject } from "react-router";

/** The URL of the "record a signal" page of a youth (for quick actions elsewhere). */
export const recordSignalPath = (youthId: string) => `/youths/${youthId}/signals/new`;

/** Routes of the signals feature, added to the logged-in routes in web/src/routes.tsx. */
export const signalRoutes: RouteObject[] = [
  {
    path: "/youths/:id/signals/new",
    lazy: () =>
      import("./record/RecordSignalPage").then((m) => ({ Component: m.RecordSignalPage })),
  },
  {
    path: "/caseload",
    lazy: () => import("./caseload/CaseloadPage").then((m) => ({ Component: m.CaseloadPage })),
  },
];
