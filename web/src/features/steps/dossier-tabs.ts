/**
 * The steps feature's dossier tabs, spread into web/src/features/youths/dossier-tabs.ts:
 * Stappen, Meldingen and Vermissing (each a lazy chunk). The tab names are registered here,
 * eagerly but small (locales/nav.*.json); the screens load the rest (locales/{nl,en}.json).
 * A school member does not see them (they follow "read the full dossier").
 */
import { lazy } from "react";
import { addTranslations } from "../../lib/i18n";
import type { DossierTab } from "../youths/dossier-tabs";
import en from "./locales/nav.en.json";
import nl from "./locales/nav.nl.json";

addTranslations({ nl, en });

/** Stappen, Meldingen, Vermissing — in nav order. */
export const stepDossierTabs: DossierTab[] = [
  {
    path: "steps",
    labelKey: "stepsNav.steps",
    element: lazy(() => import("./steps/StepsTab").then((m) => ({ default: m.StepsTab }))),
    ability: "youth.readFull",
  },
  {
    path: "reports",
    labelKey: "stepsNav.reports",
    element: lazy(() => import("./reports/ReportsTab").then((m) => ({ default: m.ReportsTab }))),
    ability: "youth.readFull",
  },
  {
    path: "missing",
    labelKey: "stepsNav.missing",
    element: lazy(() => import("./missing/MissingTab").then((m) => ({ default: m.MissingTab }))),
    ability: "youth.readFull",
  },
];
