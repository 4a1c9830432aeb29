/**
 * Dashboard figures (GET /api/training/dashboard): trained professionals per organisation, per
 * organisation type and per month, completion rates per module and the weakest questions,
 * including classroom trainings. Trainers see all, team leads their organisation, researchers
 * aggregates with small cells shown as "< 10". No names.
 */
import {
  classroomInPeriod,
  listCompletions,
  moduleStats,
  questionStats,
  type Period,
} from "../../db/repositories/training-dashboard.repository.js";
import { listRefresherMonths } from "../../db/repositories/training.repository.js";
import { listOrganisations } from "../../db/repositories/user.repository.js";
import { requireDashboardScope } from "../../domain/training/policies.js";
import { cell } from "../../domain/training/suppression.js";
import type { DashboardView } from "../../shared/training-dashboard.schema.js";
import type { TrainingLang } from "../../shared/training.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { moduleFigures, weakestQuestions } from "./dashboard-modules.js";
import { peopleFigures, type PeopleFigures } from "./dashboard-figures.js";
import { trainingContent } from "./load-training.js";

/** At most this many organisations are listed (national scale is about 150). */
export const MAX_DASHBOARD_ORGANISATIONS = 500;

/** Returns the dashboard for the actor's scope; FORBIDDEN for learners without oversight. */
export async function getDashboard(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { year?: number | undefined; lang: TrainingLang },
): Promise<DashboardView> {
  const scope = requireDashboardScope(ctx.actor);
  const orgFilter = scope.kind === "organisation" ? scope.organisationId : null;
  const suppressed = scope.kind === "aggregates";
  const year = input.year ?? ctx.now.getUTCFullYear();
  const period: Period = {
    from: `${year}-01-01T00:00:00.000Z`,
    to: `${year + 1}-01-01T00:00:00.000Z`,
  };
  const content = trainingContent(deps);

  const [orgs, refresher, completions, classroom, modules, questions] = await Promise.all([
    listOrganisations(deps.db),
    listRefresherMonths(deps.db),
    listCompletions(deps.db, orgFilter),
    classroomInPeriod(deps.db, orgFilter, period),
    moduleStats(deps.db, orgFilter, period),
    questionStats(deps.db, orgFilter, period),
  ]);
  const people = peopleFigures({
    completions,
    classroom,
    moduleCount: content.modules.length,
    refresherMonths: refresher,
    year,
    now: ctx.now,
  });
  const c = (n: number) => cell(n, suppressed);
  const shown = (f: PeopleFigures) => ({
    classroom: c(f.classroom),
    elearning: c(f.elearning),
    programmeCompleted: c(f.programmeCompleted),
    total: c(f.total),
  });
  const zero = { classroom: 0, elearning: 0, programmeCompleted: 0, total: 0, refresherDue: 0 };
  const inScope = orgs
    .filter((o) => orgFilter === null || o.id === orgFilter)
    .slice(0, MAX_DASHBOARD_ORGANISATIONS);
  const types = new Map<string, PeopleFigures>();
  const totals: PeopleFigures = { classroom: 0, elearning: 0, programmeCompleted: 0, total: 0 };
  const organisations = inScope.map((o) => {
    const f = people.byOrganisation.get(o.id) ?? zero;
    const t = types.get(o.type) ?? { classroom: 0, elearning: 0, programmeCompleted: 0, total: 0 };
    for (const k of ["classroom", "elearning", "programmeCompleted", "total"] as const) {
      t[k] += f[k];
      totals[k] += f[k];
    }
    types.set(o.type, t);
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      refresherMonths: refresher.get(o.id) ?? null,
      refresherDue: c(f.refresherDue),
      ...shown(f),
    };
  });
  return {
    scope: scope.kind,
    year,
    suppressed,
    totals: shown(totals),
    organisations,
    organisationTypes: [...types.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, f]) => ({ type, ...shown(f) })),
    months: [...people.byMonth.entries()].map(([month, f]) => ({ month, ...shown(f) })),
    modules: moduleFigures(content.modules, modules, input.lang, suppressed),
    weakestQuestions: weakestQuestions(content.byId, questions, input.lang, suppressed),
  };
}
