/**
 * Request and response shapes of the training dashboard, records, classroom trainings and
 * refresher intervals (/api/training/...), shared with the SPA. Counts shown to researchers are
 * suppressed below 10 ("< 10").
 */
import { z } from "zod";
import { lineText } from "./text.schema.js";
import { MODULE_STATUSES } from "../domain/training/status.js";
import { SMALL_CELL } from "../domain/training/suppression.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, "not a real date");

export const dashboardQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    lang: z.enum(["nl", "en"]).default("nl"),
  })
  .strict();
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** A count, or "< 10" when suppressed for researchers. */
export const cellValue = z.union([z.number().int(), z.literal(SMALL_CELL)]);
export type CellValue = z.infer<typeof cellValue>;

const figures = {
  classroom: cellValue,
  elearning: cellValue,
  programmeCompleted: cellValue,
  total: cellValue,
};

export const dashboardView = z.object({
  scope: z.enum(["all", "organisation", "aggregates"]),
  year: z.number().int(),
  suppressed: z.boolean(),
  totals: z.object(figures),
  organisations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      refresherMonths: z.number().int().nullable(),
      refresherDue: cellValue,
      ...figures,
    }),
  ),
  organisationTypes: z.array(z.object({ type: z.string(), ...figures })),
  months: z.array(
    z.object({
      month: z.string(),
      classroom: cellValue,
      elearning: cellValue,
      programmeCompleted: cellValue,
      total: cellValue,
    }),
  ),
  modules: z.array(
    z.object({
      moduleId: z.string(),
      order: z.number().int(),
      title: z.string(),
      started: cellValue,
      completed: cellValue,
      completionRate: z.number().nullable(),
      averageBestScore: z.number().nullable(),
    }),
  ),
  weakestQuestions: z.array(
    z.object({
      moduleId: z.string(),
      questionId: z.string(),
      moduleTitle: z.string(),
      text: z.string(),
      answers: cellValue,
      correctRate: z.number().nullable(),
    }),
  ),
});
export type DashboardView = z.infer<typeof dashboardView>;

export const classroomBody = z
  .object({
    organisationId: z.string().uuid(),
    heldOn: isoDate,
    participants: z.number().int().min(1).max(2000),
    title: lineText(1, 200).optional(),
  })
  .strict();
export type ClassroomBody = z.infer<typeof classroomBody>;

export const classroomView = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  heldOn: z.string(),
  participants: z.number().int(),
  title: z.string().nullable(),
  createdAt: z.string(),
});
export type ClassroomView = z.infer<typeof classroomView>;

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

export const classroomListQuery = z
  .object({
    organisationId: z.string().uuid().optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    ...pageQuery,
  })
  .strict();
export type ClassroomListQuery = z.infer<typeof classroomListQuery>;

export const classroomList = z.object({
  items: z.array(classroomView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ClassroomList = z.infer<typeof classroomList>;

export const organisationParams = z.object({ id: z.string().uuid() }).strict();

export const refresherBody = z
  .object({ months: z.number().int().min(1).max(120).nullable() })
  .strict();
export type RefresherBody = z.infer<typeof refresherBody>;

export const refresherView = z.object({
  organisationId: z.string(),
  months: z.number().int().nullable(),
});
export type RefresherView = z.infer<typeof refresherView>;

export const recordsQuery = z
  .object({ organisationId: z.string().uuid().optional(), ...pageQuery })
  .strict();
export type RecordsQuery = z.infer<typeof recordsQuery>;

export const learnerRecords = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      organisationId: z.string(),
      completedCount: z.number().int(),
      refresherDueCount: z.number().int(),
      lastCompletedAt: z.string().nullable(),
      modules: z.array(z.object({ moduleId: z.string(), status: z.enum(MODULE_STATUSES) })),
    }),
  ),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type LearnerRecords = z.infer<typeof learnerRecords>;
