/**
 * The module part of the dashboard: completion rates per module and the weakest knowledge-check
 * questions (lowest share of correct answers), to improve the training. Pure.
 */
import type {
  ModuleStatRow,
  QuestionStatRow,
} from "../../db/repositories/training-dashboard.repository.js";
import type { TrainingModule } from "../../domain/training/schema.js";
import { cell, rate, SMALL_CELL_THRESHOLD } from "../../domain/training/suppression.js";
import type { DashboardView } from "../../shared/training-dashboard.schema.js";
import type { TrainingLang } from "../../shared/training.schema.js";

/** How many weakest questions the dashboard lists. */
export const WEAKEST_QUESTIONS = 10;

/** Started, completed and completion rate per module, in programme order. */
export function moduleFigures(
  modules: readonly TrainingModule[],
  stats: readonly ModuleStatRow[],
  lang: TrainingLang,
  suppress: boolean,
): DashboardView["modules"] {
  const byId = new Map(stats.map((s) => [s.module_id, s]));
  return modules.map((m) => {
    const s = byId.get(m.id);
    const started = s?.started ?? 0;
    const completed = s?.completed ?? 0;
    const hidden = suppress && started < SMALL_CELL_THRESHOLD;
    return {
      moduleId: m.id,
      order: m.order,
      title: m.title[lang],
      started: cell(started, suppress),
      completed: cell(completed, suppress),
      completionRate: rate(completed, started, suppress),
      averageBestScore: hidden ? null : (s?.average_best ?? null),
    };
  });
}

/**
 * The questions answered correctly least often, leaving out questions nobody got wrong
 * (researchers: only questions with at least 10 answers).
 */
export function weakestQuestions(
  modules: ReadonlyMap<string, TrainingModule>,
  stats: readonly QuestionStatRow[],
  lang: TrainingLang,
  suppress: boolean,
): DashboardView["weakestQuestions"] {
  return stats
    .filter((s) => s.correct < s.answers && (!suppress || s.answers >= SMALL_CELL_THRESHOLD))
    .flatMap((s) => {
      const mod = modules.get(s.module_id);
      const question = mod?.quiz.questions.find((q) => q.id === s.question_id);
      if (!mod || !question) return [];
      return [{ s, mod, text: question.text[lang], share: s.correct / s.answers }];
    })
    .sort((a, b) => a.share - b.share || b.s.answers - a.s.answers)
    .slice(0, WEAKEST_QUESTIONS)
    .map(({ s, mod, text }) => ({
      moduleId: s.module_id,
      questionId: s.question_id,
      moduleTitle: mod.title[lang],
      text,
      answers: cell(s.answers, suppress),
      correctRate: rate(s.correct, s.answers, suppress),
    }));
}
