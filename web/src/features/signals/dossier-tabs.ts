/**
 * The signal feature's dossier tabs, spread into web/src/features/youths/dossier-tabs.ts:
 * Signalen, Tijdlijn and Kwetsbaarheden (each a lazy chunk), and the "Beeld" index tab.
 * The tab names are registered here, eagerly but small (locales/nav.*.json, a few words),
 * so the dossier nav can show them; the screens load the rest (locales/{nl,en}.json).
 */
import { lazy } from "react";
import { addTranslations } from "../../lib/i18n";
import type { DossierTab } from "../youths/dossier-tabs";
import en from "./locales/nav.en.json";
import nl from "./locales/nav.nl.json";

addTranslations({ nl, en });

/** The "Beeld" tab's content (the picture), for the dossier's index tab. */
export const PictureTabElement = lazy(() =>
  import("./picture/PictureTab").then((m) => ({ default: m.PictureTab })),
);

/** Signalen, Tijdlijn, Kwetsbaarheden — in nav order, after "Beeld". */
export const signalDossierTabs: DossierTab[] = [
  {
    path: "signals",
    labelKey: "signalsNav.signals",
    element: lazy(() => import("./list/SignalsTab").then((m) => ({ default: m.SignalsTab }))),
  },
  {
    path: "timeline",
    labelKey: "signalsNav.timeline",
    element: lazy(() => import("./timeline/TimelineTab").then((m) => ({ default: m.TimelineTab }))),
  },
  {
    path: "vulnerabilities",
    labelKey: "signalsNav.vulnerabilities",
    element: lazy(() =>
      import("./vulnerabilities/VulnerabilitiesTab").then((m) => ({
        default: m.VulnerabilitiesTab,
      })),
    ),
    ability: "vulnerability.read",
  },
];
