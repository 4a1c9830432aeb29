/**
 * Request shapes of trajects and their steps, and the "what" of each step (checked per step by
 * the service: drafts may be partial, a completed step must be whole). Shared with the SPA.
 */
import { z } from "zod";
import { DECISION_OPTIONS, WEIGH_QUESTIONS } from "../domain/steps/afwegingskader.js";
import {
  CLOSE_REASONS,
  CONSULT_PARTIES,
  INFO_TOPICS,
  INFORM_OUTCOMES,
  SAFETY_ACTIONS,
  SAFETY_QUESTIONS,
} from "../domain/steps/options.js";
import { STEP_KINDS, type StepKind } from "../domain/steps/traject.js";
import { YOUTH_INFO_CODES } from "../domain/youth-info/languages.js";
import {
  isoDateField,
  looseObject,
  requiredText,
  textField,
  uuidField,
  versionField,
  yesNo,
} from "./steps-common.schema.js";

export {
  CLOSE_REASONS,
  CONSULT_PARTIES,
  INFO_TOPICS,
  INFORM_OUTCOMES,
  SAFETY_ACTIONS,
  SAFETY_QUESTIONS,
};

const answers = z.object(
  Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, textField(1000).optional()])) as Record<
    (typeof SAFETY_QUESTIONS)[number],
    z.ZodOptional<z.ZodString>
  >,
);

/** The "what" of every step when completed; drafts use `.partial()`. */
export const STEP_WHAT = {
  safety_check: z
    .object({
      dangerNow: z.enum(["yes", "no", "unknown"]),
      askedOn: isoDateField,
      // The SPA leaves out empty answers (and so an empty `answers`): that is "none given", which
      // the completion rule names on the first question, not a shapeless "answers required".
      answers: answers.strict().default({}),
      actions: z.array(z.enum(SAFETY_ACTIONS)).max(SAFETY_ACTIONS.length),
    })
    .strict(),
  consult: z
    .object({
      party: z.enum(CONSULT_PARTIES),
      partyDetail: textField(200).optional(),
      anonymous: z.boolean(),
      consultedOn: isoDateField,
      advice: requiredText(5, 4000),
    })
    .strict(),
  inform_youth: z
    .object({
      outcome: z.enum(INFORM_OUTCOMES),
      informedOn: isoDateField,
      language: requiredText(2, 60),
      interpreter: z.boolean(),
      topics: z.array(z.enum(INFO_TOPICS)).max(INFO_TOPICS.length),
      youthInfoShared: z.boolean(),
      /** The languages of the youth information leaflet printed for the youth (issue 24). */
      leafletLanguages: z.array(z.enum(YOUTH_INFO_CODES)).max(YOUTH_INFO_CODES.length).optional(),
      youthView: textField(4000).optional(),
    })
    .strict(),
  weigh: z
    .object({
      answers: z
        .object(
          Object.fromEntries(WEIGH_QUESTIONS.map((q) => [q, yesNo.optional()])) as Record<
            (typeof WEIGH_QUESTIONS)[number],
            z.ZodOptional<typeof yesNo>
          >,
        )
        .strict(),
      withVeiligThuis: z.boolean(),
      weighedOn: isoDateField,
    })
    .strict(),
  decide: z
    .object({
      decisions: z.array(z.enum(DECISION_OPTIONS)).min(1).max(DECISION_OPTIONS.length),
      helpPlan: textField(4000).optional(),
      decidedOn: isoDateField,
      decidedWith: textField(300).optional(),
      nonPunishmentNoted: z.boolean(),
    })
    .strict(),
  monitor: z
    .object({
      safetyAgreements: requiredText(5, 4000),
      responsibilities: textField(2000).optional(),
      nextReviewOn: isoDateField,
      reviewResponsibleId: uuidField,
    })
    .strict(),
  close: z
    .object({
      reason: z.enum(CLOSE_REASONS),
      /** Handover at 18: to whom in adult care coordination (organisation or role). */
      handoverTo: textField(200).optional(),
      /** Handover at 18: the day of the handover; the dossier's retention runs from here. */
      handoverOn: isoDateField.optional(),
      /** Handover at 18: what the adult care coordination needs to know. */
      handoverNote: textField(4000).optional(),
    })
    .strict(),
} satisfies Record<StepKind, z.ZodObject>;

export type StepWhat<K extends StepKind> = z.infer<(typeof STEP_WHAT)[K]>;

export const trajectParams = z.object({ id: uuidField, trajectId: uuidField }).strict();
export const stepParams = z
  .object({ id: uuidField, trajectId: uuidField, stepId: uuidField })
  .strict();
export const alertParams = z.object({ id: uuidField, alertId: uuidField }).strict();
export const reviewParams = z.object({ id: uuidField, reviewId: uuidField }).strict();

export const openTrajectBody = z.object({ concern: requiredText(5, 2000) }).strict();

export const recordStepBody = z
  .object({
    step: z.enum(STEP_KINDS),
    draft: z.boolean(),
    what: looseObject,
    why: textField(4000).optional(),
    /** The traject version the user saw; required to complete a step. */
    trajectVersion: versionField.optional(),
  })
  .strict();
export type RecordStepBody = z.infer<typeof recordStepBody>;

export const updateStepBody = z
  .object({
    version: versionField,
    draft: z.boolean(),
    what: looseObject,
    why: textField(4000).optional(),
    trajectVersion: versionField.optional(),
  })
  .strict();
export type UpdateStepBody = z.infer<typeof updateStepBody>;

export const handleAlertBody = z.object({ note: requiredText(5, 2000) }).strict();

export const completeReviewBody = z
  .object({
    version: versionField,
    outcome: requiredText(5, 4000),
    nextReviewOn: isoDateField.optional(),
    responsibleId: uuidField.optional(),
  })
  .strict();
export type CompleteReviewBody = z.infer<typeof completeReviewBody>;

export const dueReviewsQuery = z
  .object({ withinDays: z.coerce.number().int().min(0).max(60).default(7) })
  .strict();
