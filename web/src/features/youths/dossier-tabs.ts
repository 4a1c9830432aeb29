/**
 * EXTENSION POINT — the tabs of the youth dossier (/youths/:id/…).
 *
 * Every tab is a nested route under the dossier layout, which always shows the header (name,
 * age, "wordt over N maanden 18", location, status, level) above the tab nav. To add a tab
 * (signals, timeline, picture, steps, …), add one entry below:
 *
 *   {
 *     path: "signals",                       // → /youths/:id/signals ("" is the index tab)
 *     labelKey: "signals.tab",               // an i18n key; register it in an EAGER module
 *                                            // of your feature (e.g. its routes.tsx) with
 *                                            // addTranslations, or the nav shows the key
 *     element: lazy(() => import("../signals/SignalsTab").then((m) => ({ default: m.SignalsTab }))),
 *     ability: "signal.create",              // optional: hide the tab unless the dossier's
 *                                            // `abilities[ability]` is true
 *   },
 *
 * In the tab component, `useDossier()` (from ./dossier/dossier-context) gives the loaded
 * YouthDossier (with `abilities` and `version`); `youthKeys` (./queries) has the query keys to
 * invalidate after a change. Start the tab with an <h2> (the page's h1 is the youth's name).
 * Keep `element` lazy so each tab stays its own chunk. The order here is the order of the nav.
 * To replace the "Beeld" placeholder, point the index entry's `element` at your component.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { YouthAction } from "../../../../src/domain/policies";
import { PictureTabElement, signalDossierTabs } from "../signals/dossier-tabs";
import { stepDossierTabs } from "../steps/dossier-tabs";

/** One tab of the dossier. */
export interface DossierTab {
  /** Path under /youths/:id; "" is the index tab. */
  path: string;
  /** i18n key of the tab's name in the nav. */
  labelKey: string;
  /** The tab's content, a lazy component (own chunk). */
  element: LazyExoticComponent<ComponentType>;
  /** Shown only when the dossier's abilities allow this action. */
  ability?: YouthAction;
}

/** The dossier tabs, in nav order. Other features add their entries here. */
export const dossierTabs: DossierTab[] = [
  {
    path: "",
    labelKey: "youths.tabs.picture",
    element: PictureTabElement,
  },
  // ↓ signals, timeline, steps, … go here
  ...signalDossierTabs,
  ...stepDossierTabs,
  {
    path: "details",
    labelKey: "youths.tabs.details",
    element: lazy(() =>
      import("./tabs/details/DetailsTab").then((m) => ({ default: m.DetailsTab })),
    ),
    ability: "youth.readFull",
  },
  {
    path: "circle",
    labelKey: "youths.tabs.circle",
    element: lazy(() => import("./tabs/circle/CircleTab").then((m) => ({ default: m.CircleTab }))),
    ability: "circle.read",
  },
];

/** The tabs this dossier's abilities allow, in nav order. */
export function visibleTabs(abilities: Record<string, boolean>): DossierTab[] {
  return dossierTabs.filter((tab) => !tab.ability || abilities[tab.ability] === true);
}
