/**
 * The shape of a training module (the seed's programme as e-learning). Content lives in
 * `content/training/<module-id>.json`; this module only describes and parses it. Pure: no file
 * access here. Cross-field rules (one correct answer, links that resolve, feedback per answer)
 * live in `validate.ts`.
 */
import { z } from "zod";
import { catalogId, localizedText } from "../catalog/schema.js";

/** The seven modules of the seed's programme, in programme order. */
export const MODULE_IDS = [
  "m1-exploitation",
  "m2-vulnerabilities",
  "m3-perpetrators",
  "m4-interwoven-roles",
  "m5-signalling",
  "m6-chain",
  "m7-case",
] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

/**
 * Sources a module may cite: a subset of the catalogue's source ids, so the catalogue's
 * `sources` list (name, url, facts section) describes them.
 */
export const TRAINING_SOURCE_IDS = [
  "fier-seed-2025",
  "zorgcoordinatie-zeeland",
  "keerpunt",
  "ckm",
  "ilo-ec-delphi",
  "unodc-children",
  "uk-cce",
  "meldcode",
  "comensha",
  "figures-amv",
  "palermo-protocol",
  "wetboek-273f",
  "non-punishment",
  "zorgcoordinator",
  "nidos",
  "coa",
  "contacts-2026",
  "nationaal-rapporteur-figures",
  "beschermde-opvang",
  "verblijfsregeling-b8-3",
  "informatiepunt-mensenhandel",
  "fairwork",
  "kind-en-uitbuiting",
  "rode-kruis-trainingen",
  "comensha-handout-amv",
] as const;
export type TrainingSourceId = (typeof TRAINING_SOURCE_IDS)[number];

/** Catalogue category ids a module can cover (the seed's general and specific lists). */
export const COVERED_CATEGORY_IDS = [
  "flight-story",
  "problem-behaviour",
  "social",
  "physical",
  "other",
  "sexual",
  "criminal",
  "labour",
] as const;
export type CoveredCategoryId = (typeof COVERED_CATEGORY_IDS)[number];

/** A link from a training page to a live catalogue page. */
export const catalogLink = z
  .object({ kind: z.enum(["knowledge", "indicator"]), id: catalogId })
  .strict();
export type CatalogLink = z.infer<typeof catalogLink>;

/**
 * One short page. `body` is Markdown-light, as in the catalogue: paragraphs separated by a blank
 * line ("\n\n"); lines starting with "- " are list items.
 */
export const trainingPage = z
  .object({
    id: catalogId,
    title: localizedText,
    body: localizedText,
    catalogLinks: z.array(catalogLink).optional(),
  })
  .strict();
export type TrainingPage = z.infer<typeof trainingPage>;

/** An answer option of a choice exercise, with feedback shown when the learner picks it. */
export const choiceOption = z
  .object({ id: catalogId, text: localizedText, correct: z.boolean(), feedback: localizedText })
  .strict();
export type ChoiceOption = z.infer<typeof choiceOption>;

/** Pick one option (or, with `multiple`, every option that fits). */
export const choiceExercise = z
  .object({
    id: catalogId,
    kind: z.literal("choice"),
    prompt: localizedText,
    /** When true the learner selects all fitting options; otherwise exactly one is correct. */
    multiple: z.boolean().default(false),
    options: z.array(choiceOption).min(2),
    /** Shown after answering, whatever the answer. */
    debrief: localizedText.optional(),
  })
  .strict();
export type ChoiceExercise = z.infer<typeof choiceExercise>;

/** An item to put in order; `position` is its correct place, counting from 1. */
export const orderingItem = z
  .object({
    id: catalogId,
    text: localizedText,
    position: z.number().int().min(1),
    feedback: localizedText,
  })
  .strict();
export type OrderingItem = z.infer<typeof orderingItem>;

/** Put the items in the right order. Items are stored in any order; the UI shuffles. */
export const orderingExercise = z
  .object({
    id: catalogId,
    kind: z.literal("ordering"),
    prompt: localizedText,
    items: z.array(orderingItem).min(2),
    debrief: localizedText.optional(),
  })
  .strict();
export type OrderingExercise = z.infer<typeof orderingExercise>;

/** One decision in a case: the learner picks one option; any option marked correct is advised. */
export const caseStep = z
  .object({
    id: catalogId,
    /** What happens now in the case, and the question for the learner. */
    situation: localizedText,
    options: z.array(choiceOption).min(2),
  })
  .strict();
export type CaseStep = z.infer<typeof caseStep>;

/** A case the learner walks through step by step. */
export const caseExercise = z
  .object({
    id: catalogId,
    kind: z.literal("case"),
    /** The case as told at the start. */
    prompt: localizedText,
    steps: z.array(caseStep).min(1),
    debrief: localizedText.optional(),
  })
  .strict();
export type CaseExercise = z.infer<typeof caseExercise>;

export const exercise = z.discriminatedUnion("kind", [
  choiceExercise,
  orderingExercise,
  caseExercise,
]);
export type Exercise = z.infer<typeof exercise>;
export type ExerciseKind = Exercise["kind"];

/** An answer in the knowledge check; every option explains why it is right or wrong. */
export const quizOption = z
  .object({
    id: catalogId,
    text: localizedText,
    correct: z.boolean(),
    explanation: localizedText,
  })
  .strict();
export type QuizOption = z.infer<typeof quizOption>;

export const quizQuestion = z
  .object({ id: catalogId, text: localizedText, options: z.array(quizOption).min(2) })
  .strict();
export type QuizQuestion = z.infer<typeof quizQuestion>;

export const quiz = z
  .object({
    /** Fraction of questions to answer correctly to pass, e.g. 0.8. */
    passingScore: z.number().gt(0).max(1),
    questions: z.array(quizQuestion).min(5),
  })
  .strict();
export type Quiz = z.infer<typeof quiz>;

export const trainingModule = z
  .object({
    id: z.enum(MODULE_IDS),
    order: z.number().int().min(1),
    title: localizedText,
    summary: localizedText,
    estimatedMinutes: z.number().int().positive(),
    pages: z.array(trainingPage).min(1),
    exercises: z.array(exercise).min(1),
    quiz,
    sources: z.array(z.enum(TRAINING_SOURCE_IDS)).min(1),
    coveredCategories: z.array(z.enum(COVERED_CATEGORY_IDS)),
  })
  .strict();
export type TrainingModule = z.infer<typeof trainingModule>;
/** The module as written in a JSON file, before defaults are applied. */
export type TrainingModuleInput = z.input<typeof trainingModule>;

/** A learner's answers to a knowledge check: question id → chosen option id. */
export const quizAnswers = z.record(catalogId, catalogId);
export type QuizAnswers = z.infer<typeof quizAnswers>;

/** A learner's answer to one exercise; the shape follows the exercise kind. */
export const exerciseAnswer = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), optionIds: z.array(catalogId).min(1) }).strict(),
  z.object({ kind: z.literal("ordering"), itemIds: z.array(catalogId).min(1) }).strict(),
  z.object({ kind: z.literal("case"), choices: z.record(catalogId, catalogId) }).strict(),
]);
export type ExerciseAnswer = z.infer<typeof exerciseAnswer>;
