/**
 * Response schemas of trajects, steps, reviews and safety alerts (issue 17). Fastify serialises
 * each answer through its schema, so the schema is an allow-list. The SPA imports the inferred
 * types (re-exported by ../steps-view.schema.ts) with `import type` only.
 */
import { z } from "zod";
import {
  DECISION_OPTIONS,
  WEIGH_OUTCOMES,
  WEIGH_QUESTIONS,
  WEIGH_REASONS,
} from "../../domain/steps/afwegingskader.js";
import { STEP_ACTIONS } from "../../domain/steps/policies.js";
import { STEP_KINDS, TRAJECT_STATES } from "../../domain/steps/traject.js";
import { timestamp } from "./youths.js";

/** Any JSON value; named, so the contract holds it once (components/schemas/JsonValue). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export const jsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValueSchema),
      z.record(z.string(), jsonValueSchema),
    ]),
  )
  .meta({ id: "JsonValue" });

export const personRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
});
export type PersonRef = z.infer<typeof personRefSchema>;

/** The afwegingskader's suggestion (src/domain/steps/afwegingskader.ts). */
export const weighSuggestionSchema = z.object({
  outcome: z.enum(WEIGH_OUTCOMES),
  reason: z.enum(WEIGH_REASONS),
  path: z.array(z.enum(WEIGH_QUESTIONS)).describe("The questions that decided the outcome"),
  nextQuestion: z.enum(WEIGH_QUESTIONS).nullable(),
  decisions: z.array(z.enum(DECISION_OPTIONS)),
  alsoConsider: z.array(z.enum(DECISION_OPTIONS)),
});

export const stepViewSchema = z.object({
  id: z.string(),
  step: z.enum(STEP_KINDS),
  draft: z.boolean(),
  what: z
    .record(z.string(), jsonValueSchema)
    .describe("The step's own fields, as its form sent them (checked per step kind)"),
  why: z.string().nullable(),
  suggestion: weighSuggestionSchema.nullable(),
  createdBy: personRefSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  completedBy: personRefSchema.nullable(),
  completedAt: timestamp.nullable(),
  version: z.number().int(),
});
export type StepView = z.infer<typeof stepViewSchema>;

export const reviewViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  trajectId: z.string().nullable(),
  episodeId: z.string().nullable(),
  dueAt: z.string(),
  urgency: z.enum(["overdue", "due_soon", "later"]),
  responsible: personRefSchema,
  note: z.string().nullable(),
  doneAt: timestamp.nullable(),
  doneBy: personRefSchema.nullable(),
  outcome: z.string().nullable(),
  cancelledAt: timestamp.nullable(),
  version: z.number().int(),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

export const safetyAlertViewSchema = z.object({
  id: z.string(),
  raisedAt: timestamp,
  raisedBy: personRefSchema,
  sourceStepId: z.string().nullable(),
  handledAt: timestamp.nullable(),
  handledBy: personRefSchema.nullable(),
  handledNote: z.string().nullable(),
});
export type SafetyAlertView = z.infer<typeof safetyAlertViewSchema>;

export const trajectViewSchema = z.object({
  id: z.string(),
  status: z.enum(TRAJECT_STATES),
  nextStep: z.enum(STEP_KINDS).nullable(),
  allowedSteps: z.array(z.enum(STEP_KINDS)),
  concern: z.string().nullable(),
  openedBy: personRefSchema,
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
  closeReason: z
    .string()
    .nullable()
    .describe("A CLOSE_REASONS value, or a legacy one on older trajects"),
  handoverOn: z.string().nullable().describe("Handover at 18: the day of the handover"),
  version: z.number().int(),
  steps: z.array(stepViewSchema),
  reviews: z.array(reviewViewSchema),
  suggestion: weighSuggestionSchema
    .nullable()
    .describe("The latest completed weigh step's suggestion, for the decide step"),
});
export type TrajectView = z.infer<typeof trajectViewSchema>;

const stepAbilitiesSchema = z.object(
  Object.fromEntries(STEP_ACTIONS.map((a) => [a, z.boolean()])) as Record<
    (typeof STEP_ACTIONS)[number],
    z.ZodBoolean
  >,
);

export const trajectListSchema = z.object({
  items: z.array(trajectViewSchema),
  nextCursor: z.string().nullable().describe("Send as `cursor` for the next page; null at the end"),
  safetyAlerts: z.array(safetyAlertViewSchema),
  abilities: stepAbilitiesSchema,
  responsibleOptions: z
    .array(personRefSchema)
    .describe("Active, writing circle members: who can be responsible for a review"),
});
export type TrajectList = z.infer<typeof trajectListSchema>;

export const dueReviewSchema = reviewViewSchema.extend({
  youth: z.object({ id: z.string(), displayName: z.string() }),
});
export type DueReview = z.infer<typeof dueReviewSchema>;

/** GET /api/reviews/due */
export const dueReviewListSchema = z.object({
  items: z.array(dueReviewSchema),
  overdue: z.number().int(),
});
export type DueReviewList = z.infer<typeof dueReviewListSchema>;
