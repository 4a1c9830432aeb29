/**
 * Scoring of knowledge checks and feedback on exercises. Pure: the caller stores attempts and
 * decides about retakes (always allowed).
 */
import type { LocalizedText } from "../catalog/schema.js";
import type {
  CaseExercise,
  ChoiceExercise,
  Exercise,
  ExerciseAnswer,
  OrderingExercise,
  TrainingModule,
} from "./schema.js";

export interface QuestionResult {
  readonly questionId: string;
  readonly correct: boolean;
  /** The option the learner chose; null when unanswered or not an option of this question. */
  readonly chosen: string | null;
  readonly correctOptionId: string;
  /** Why the chosen answer is right or wrong; for an unanswered question, the correct answer's. */
  readonly explanation: LocalizedText;
}

export interface QuizResult {
  /** Fraction of questions answered correctly, 0–1. */
  readonly score: number;
  readonly correctCount: number;
  readonly total: number;
  readonly passed: boolean;
  readonly perQuestion: readonly QuestionResult[];
}

/** Tolerance for comparing a score with a passing fraction such as 0.8. */
const EPSILON = 1e-9;

/**
 * Scores a knowledge check. Answers to unknown questions are ignored; an unknown option counts as
 * unanswered.
 */
export function scoreQuiz(
  module: TrainingModule,
  answers: Readonly<Record<string, string>>,
): QuizResult {
  const perQuestion = module.quiz.questions.map((q): QuestionResult => {
    const right = q.options.find((o) => o.correct) ?? q.options[0];
    if (right === undefined) throw new RangeError(`question ${q.id} has no options`);
    const given = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const chosen = q.options.find((o) => o.id === given);
    return {
      questionId: q.id,
      correct: chosen?.correct === true,
      chosen: chosen?.id ?? null,
      correctOptionId: right.id,
      explanation: (chosen ?? right).explanation,
    };
  });
  const total = perQuestion.length;
  const correctCount = perQuestion.filter((r) => r.correct).length;
  const score = total === 0 ? 0 : correctCount / total;
  return {
    score,
    correctCount,
    total,
    passed: total > 0 && score + EPSILON >= module.quiz.passingScore,
    perQuestion,
  };
}

export interface OptionFeedback {
  readonly optionId: string;
  readonly correct: boolean;
  readonly feedback: LocalizedText;
}

export interface ChoiceResult {
  readonly kind: "choice";
  readonly exerciseId: string;
  /** The chosen set equals the set of correct options. */
  readonly correct: boolean;
  /** Feedback for each chosen option, in the exercise's order. */
  readonly chosen: readonly OptionFeedback[];
  /** Correct options the learner did not choose (multiple-answer exercises). */
  readonly missed: readonly OptionFeedback[];
  readonly debrief: LocalizedText | null;
}

export interface OrderingItemResult {
  readonly itemId: string;
  readonly chosenPosition: number;
  readonly correctPosition: number;
  readonly correct: boolean;
  readonly feedback: LocalizedText;
}

export interface OrderingResult {
  readonly kind: "ordering";
  readonly exerciseId: string;
  readonly correct: boolean;
  /** In the correct order, so the UI can show the right sequence with feedback per item. */
  readonly items: readonly OrderingItemResult[];
  readonly debrief: LocalizedText | null;
}

export interface CaseStepResult {
  readonly stepId: string;
  /** Null when the learner has not decided this step yet. */
  readonly chosen: OptionFeedback | null;
  /** Every advised option of this step, so the UI can show what else would have been good. */
  readonly advised: readonly string[];
}

export interface CaseResult {
  readonly kind: "case";
  readonly exerciseId: string;
  /** Every step decided with an advised option. */
  readonly correct: boolean;
  readonly advisedCount: number;
  readonly total: number;
  readonly steps: readonly CaseStepResult[];
  readonly debrief: LocalizedText | null;
}

export type ExerciseResult = ChoiceResult | OrderingResult | CaseResult;

function checkChoice(ex: ChoiceExercise, optionIds: readonly string[]): ChoiceResult | null {
  const picked = new Set(optionIds);
  if (picked.size !== optionIds.length) return null;
  if (optionIds.some((id) => !ex.options.some((o) => o.id === id))) return null;
  if (!ex.multiple && picked.size !== 1) return null;
  const toFeedback = (o: ChoiceExercise["options"][number]): OptionFeedback => ({
    optionId: o.id,
    correct: o.correct,
    feedback: o.feedback,
  });
  const chosen = ex.options.filter((o) => picked.has(o.id)).map(toFeedback);
  const missed = ex.options.filter((o) => o.correct && !picked.has(o.id)).map(toFeedback);
  return {
    kind: "choice",
    exerciseId: ex.id,
    correct: missed.length === 0 && chosen.every((c) => c.correct),
    chosen,
    missed,
    debrief: ex.debrief ?? null,
  };
}

function checkOrdering(ex: OrderingExercise, itemIds: readonly string[]): OrderingResult | null {
  const known = new Set(ex.items.map((i) => i.id));
  if (itemIds.length !== known.size || new Set(itemIds).size !== itemIds.length) return null;
  if (itemIds.some((id) => !known.has(id))) return null;
  const items = [...ex.items]
    .sort((a, b) => a.position - b.position)
    .map((item): OrderingItemResult => {
      const chosenPosition = itemIds.indexOf(item.id) + 1;
      return {
        itemId: item.id,
        chosenPosition,
        correctPosition: item.position,
        correct: chosenPosition === item.position,
        feedback: item.feedback,
      };
    });
  return {
    kind: "ordering",
    exerciseId: ex.id,
    correct: items.every((i) => i.correct),
    items,
    debrief: ex.debrief ?? null,
  };
}

function checkCase(ex: CaseExercise, choices: Readonly<Record<string, string>>): CaseResult | null {
  const stepIds = new Set(ex.steps.map((s) => s.id));
  if (Object.keys(choices).some((id) => !stepIds.has(id))) return null;
  const steps: CaseStepResult[] = [];
  for (const step of ex.steps) {
    const given = Object.hasOwn(choices, step.id) ? choices[step.id] : undefined;
    const option = step.options.find((o) => o.id === given);
    if (given !== undefined && option === undefined) return null;
    steps.push({
      stepId: step.id,
      chosen: option
        ? { optionId: option.id, correct: option.correct, feedback: option.feedback }
        : null,
      advised: step.options.filter((o) => o.correct).map((o) => o.id),
    });
  }
  const advisedCount = steps.filter((s) => s.chosen?.correct === true).length;
  return {
    kind: "case",
    exerciseId: ex.id,
    correct: advisedCount === steps.length,
    advisedCount,
    total: steps.length,
    steps,
    debrief: ex.debrief ?? null,
  };
}

/**
 * Gives feedback on one exercise answer. A case may be answered step by step: undecided steps
 * come back with `chosen: null`. Returns null when the answer does not fit the exercise (another
 * kind, unknown ids, an ordering that is not a permutation, several picks in a single choice).
 */
export function checkExercise(exercise: Exercise, answer: ExerciseAnswer): ExerciseResult | null {
  if (exercise.kind === "choice" && answer.kind === "choice") {
    return checkChoice(exercise, answer.optionIds);
  }
  if (exercise.kind === "ordering" && answer.kind === "ordering") {
    return checkOrdering(exercise, answer.itemIds);
  }
  if (exercise.kind === "case" && answer.kind === "case") {
    return checkCase(exercise, answer.choices);
  }
  return null;
}
