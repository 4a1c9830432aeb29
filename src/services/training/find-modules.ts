/** The programme with the learner's own progress per module (GET /api/training/modules). */
import {
  findRefresherMonths,
  listProgressOfUsers,
} from "../../db/repositories/training.repository.js";
import { isCompletedStatus } from "../../domain/training/status.js";
import type { ModuleList, TrainingLang } from "../../shared/training.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { trainingContent } from "./load-training.js";
import { progressView } from "./progress-view.js";

/** Lists the seven modules in programme order with the actor's status in each. */
export async function findModules(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { lang: TrainingLang },
): Promise<ModuleList> {
  const { modules } = trainingContent(deps);
  const refresherMonths = await findRefresherMonths(deps.db, ctx.actor.organisationId);
  const rows = await listProgressOfUsers(deps.db, [ctx.actor.userId]);
  const byModule = new Map(rows.map((r) => [r.module_id, r]));
  const list = modules.map((m) => ({
    id: m.id,
    order: m.order,
    title: m.title[input.lang],
    summary: m.summary[input.lang],
    estimatedMinutes: m.estimatedMinutes,
    pageCount: m.pages.length,
    exerciseCount: m.exercises.length,
    questionCount: m.quiz.questions.length,
    passingScore: m.quiz.passingScore,
    progress: progressView(byModule.get(m.id), refresherMonths, ctx.now),
  }));
  const completedCount = list.filter((m) => isCompletedStatus(m.progress.status)).length;
  return {
    modules: list,
    refresherMonths,
    completedCount,
    allCompleted: completedCount === modules.length,
  };
}
