/** GET /api/statistics: the last computation, the figures, and the filters the actor may use. */
import {
  latestStatisticsRun,
  listStatisticsNodes,
  listStatisticsQuarters,
} from "../../db/repositories/statistics.repository.js";
import { FIGURE_IDS, FIGURES } from "../../domain/statistics/figures.js";
import type { StatisticsOverview } from "../../shared/statistics.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { locationLabels } from "./statistics-labels.js";
import { statisticsScope } from "./statistics-scope.js";
import { runView } from "./run-view.js";

export async function getStatisticsOverview(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  lang: "nl" | "en",
): Promise<StatisticsOverview> {
  const scope = await statisticsScope(deps, ctx.actor);
  const [run, nodes, labels] = await Promise.all([
    latestStatisticsRun(deps.db),
    listStatisticsNodes(deps.db),
    locationLabels(deps, lang),
  ]);
  const locations = [...new Set([scope.root, ...nodes.map((n) => n.location)])]
    .filter((l) => l === scope.root || l.startsWith(`${scope.root}/`))
    .sort()
    .map((node) => ({ node, label: labels.get(node) ?? node, depth: node.split("/").length - 1 }));
  const orgTypes = [...new Set(nodes.map((n) => n.org_type))]
    .sort()
    .map((node) => ({ node, label: node, depth: node.split("/").length - 1 }));
  const quarters = await listStatisticsQuarters(deps.db);
  return {
    run: runView(run),
    scope: scope.kind,
    figures: FIGURE_IDS.map((id) => ({
      id,
      kind: FIGURES[id].kind,
      subject: FIGURES[id].subject,
      measure: FIGURES[id].measure ?? null,
    })),
    locations,
    orgTypes: orgTypes.length > 0 ? orgTypes : [{ node: "*", label: "*", depth: 0 }],
    quarters,
  };
}
