/**
 * Request and response shapes of the learner side of /api/training, shared with the SPA.
 * Texts in responses are in the requested language (`?lang=nl|en`).
 */
import { z } from "zod";
import { catalogId } from "../domain/catalog/schema.js";
import { exerciseAnswer } from "../domain/training/schema.js";
import { MODULE_STATUSES } from "../domain/training/status.js";

export const trainingLang = z.enum(["nl", "en"]);
export type TrainingLang = z.infer<typeof trainingLang>;

export const langQuery = z.object({ lang: trainingLang.default("nl") }).strict();
export const moduleParams = z.object({ id: catalogId.max(60) }).strict();
export const pageParams = z.object({ id: catalogId.max(60), pageId: catalogId.max(80) }).strict();
export const exerciseParams = z
  .object({ id: catalogId.max(60), exerciseId: catalogId.max(80) })
  .strict();

/** An exercise answer; the shape follows the exercise kind. */
export const exerciseAnswerBody = exerciseAnswer;
export type ExerciseAnswerBody = z.infer<typeof exerciseAnswerBody>;

/** Knowledge-check answers: question id → chosen option id (at most 50 questions). */
export const quizBody = z
  .object({
    answers: z
      .record(catalogId.max(80), catalogId.max(80))
      .refine((a) => Object.keys(a).length <= 50, "too many answers"),
  })
  .strict();
export type QuizBody = z.infer<typeof quizBody>;

export const progressView = z.object({
  status: z.enum(MODULE_STATUSES),
  startedAt: z.string().nullable(),
  pagesViewed: z.array(z.string()),
  /** Exercises answered completely at least once. */
  exercisesDone: z.array(z.string()),
  bestScore: z.number().nullable(),
  attempts: z.number().int(),
  completedAt: z.string().nullable(),
  lastPassedAt: z.string().nullable(),
  refresherDueAt: z.string().nullable(),
});
export type ProgressView = z.infer<typeof progressView>;

export const moduleSummary = z.object({
  id: z.string(),
  order: z.number().int(),
  title: z.string(),
  summary: z.string(),
  estimatedMinutes: z.number().int(),
  pageCount: z.number().int(),
  exerciseCount: z.number().int(),
  questionCount: z.number().int(),
  passingScore: z.number(),
  progress: progressView,
});
export type ModuleSummary = z.infer<typeof moduleSummary>;

export const moduleList = z.object({
  modules: z.array(moduleSummary),
  refresherMonths: z.number().int().nullable(),
  completedCount: z.number().int(),
  allCompleted: z.boolean(),
});
export type ModuleList = z.infer<typeof moduleList>;

const option = z.object({ id: z.string(), text: z.string() });

export const learnerExercise = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.literal("choice"),
    prompt: z.string(),
    multiple: z.boolean(),
    options: z.array(option),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("ordering"),
    prompt: z.string(),
    items: z.array(option),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("case"),
    prompt: z.string(),
    steps: z.array(z.object({ id: z.string(), situation: z.string(), options: z.array(option) })),
  }),
]);
export type LearnerExerciseView = z.infer<typeof learnerExercise>;

export const moduleDetail = z.object({
  module: z.object({
    id: z.string(),
    order: z.number().int(),
    title: z.string(),
    summary: z.string(),
    estimatedMinutes: z.number().int(),
    pages: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        body: z.string(),
        catalogLinks: z.array(
          z.object({ kind: z.enum(["knowledge", "indicator"]), id: z.string() }),
        ),
      }),
    ),
    exercises: z.array(learnerExercise),
    quiz: z.object({
      passingScore: z.number(),
      questions: z.array(z.object({ id: z.string(), text: z.string(), options: z.array(option) })),
    }),
    coveredCategories: z.array(z.string()),
  }),
  progress: progressView,
});
export type ModuleDetail = z.infer<typeof moduleDetail>;

export const progressAnswer = z.object({ progress: progressView });

const optionFeedback = z.object({
  optionId: z.string(),
  correct: z.boolean(),
  feedback: z.string(),
});

export const exerciseResultView = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("choice"),
    exerciseId: z.string(),
    correct: z.boolean(),
    chosen: z.array(optionFeedback),
    missed: z.array(optionFeedback),
    debrief: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("ordering"),
    exerciseId: z.string(),
    correct: z.boolean(),
    items: z.array(
      z.object({
        itemId: z.string(),
        chosenPosition: z.number().int(),
        correctPosition: z.number().int(),
        correct: z.boolean(),
        feedback: z.string(),
      }),
    ),
    debrief: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("case"),
    exerciseId: z.string(),
    correct: z.boolean(),
    advisedCount: z.number().int(),
    total: z.number().int(),
    steps: z.array(
      z.object({
        stepId: z.string(),
        chosen: optionFeedback.nullable(),
        advised: z.array(z.string()),
      }),
    ),
    debrief: z.string().nullable(),
  }),
]);
export type ExerciseResultView = z.infer<typeof exerciseResultView>;

export const exerciseAnswerResult = z.object({
  result: exerciseResultView,
  progress: progressView,
});
export type ExerciseAnswerResult = z.infer<typeof exerciseAnswerResult>;

export const quizResultView = z.object({
  score: z.number(),
  correctCount: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  perQuestion: z.array(
    z.object({
      questionId: z.string(),
      correct: z.boolean(),
      chosen: z.string().nullable(),
      correctOptionId: z.string(),
      explanation: z.string(),
    }),
  ),
});
export const quizAnswerResult = z.object({ result: quizResultView, progress: progressView });
export type QuizAnswerResult = z.infer<typeof quizAnswerResult>;

export const myRecords = z.object({
  user: z.object({ displayName: z.string(), organisation: z.string() }),
  refresherMonths: z.number().int().nullable(),
  allCompleted: z.boolean(),
  records: z.array(
    z
      .object({ moduleId: z.string(), order: z.number().int(), title: z.string() })
      .extend(progressView.shape),
  ),
});
export type MyRecords = z.infer<typeof myRecords>;
