/**
 * Labels of the filter nodes and of the breakdowns that come from content (catalogue categories,
 * training modules). Fixed breakdowns (levels, report kinds…) are translated by the screen.
 */
import { listStatOrganisations } from "../../db/repositories/statistics.repository.js";
import { regionNode } from "../../domain/statistics/facts.js";
import { FIGURES, type FigureId } from "../../domain/statistics/figures.js";
import type { ServiceDeps } from "../deps.js";
import { trainingContent } from "../training/load-training.js";

type Lang = "nl" | "en";

export async function locationLabels(deps: ServiceDeps, lang: Lang): Promise<Map<string, string>> {
  const labels = new Map<string, string>([
    ["*", lang === "nl" ? "Heel Nederland" : "All of the Netherlands"],
  ]);
  for (const o of await listStatOrganisations(deps.db)) {
    const region = regionNode(o.region);
    labels.set(`*/${region}`, o.region ?? (lang === "nl" ? "Geen regio" : "No region"));
    labels.set(`*/${region}/${o.id}`, o.name);
  }
  return labels;
}

/** The breakdown values of a figure in display order, with a label where content gives one. */
export function breakdownRows(
  deps: ServiceDeps,
  figure: FigureId,
  lang: Lang,
): { breakdown: string; label: string | null }[] {
  const def = FIGURES[figure];
  if (def.breakdown === "catalogue-categories")
    return [...deps.catalog.categories]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({ breakdown: c.id, label: c.label[lang] }));
  if (def.breakdown === "training-modules")
    return trainingContent(deps).modules.map((m) => ({ breakdown: m.id, label: m.title[lang] }));
  return def.breakdown.map((b) => ({ breakdown: b, label: null }));
}
