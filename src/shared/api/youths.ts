/**
 * Response schemas of /api/youths (issue 17). Fastify serialises each answer through its schema,
 * so the schema is an allow-list: a field a service returns that is not named here never leaves
 * the server. The SPA imports the inferred types with `import type` only.
 */
import { z } from "zod";

/** An ISO 8601 instant as the database stores it. */
export const timestamp = z.string().describe("ISO 8601 date-time");
/** A calendar date YYYY-MM-DD. */
export const calendarDate = z.string().describe("YYYY-MM-DD");

/** The header every reachable actor sees. */
export const youthSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  age: z.number().int(),
  turns18InMonths: z.number().int().nullable(),
  location: z.object({ id: z.string(), name: z.string() }),
  status: z.string(),
  level: z.number().int(),
  levelChangedAt: timestamp.nullable(),
  previousLevel: z.number().int(),
});
export type YouthSummary = z.infer<typeof youthSummarySchema>;

/** A page of reachable youths, highest level first. */
export const youthPageSchema = z.object({
  items: z.array(youthSummarySchema),
  nextCursor: z.string().nullable().describe("Send as `cursor` for the next page; null at the end"),
});
export type YouthPage = z.infer<typeof youthPageSchema>;

export const handoverNoteSchema = z.object({
  id: z.string(),
  fromLocation: z.string(),
  toLocation: z.string(),
  openConcerns: z.string(),
  safetyAgreements: z.string(),
  nextSteps: z.string(),
  createdBy: z.string(),
  createdAt: timestamp,
});
export type HandoverNote = z.infer<typeof handoverNoteSchema>;

/** One dossier; identifying fields are null unless the caller may read the full file. */
export const youthDossierSchema = youthSummarySchema.extend({
  full: z.boolean(),
  vNumber: z.string().nullable(),
  bsn: z.string().nullable(),
  dateOfBirth: calendarDate.nullable(),
  dateOfBirthEstimated: z.boolean(),
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  gender: z.string().nullable(),
  arrivedAt: z.string(),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
  access: z.object({
    kind: z.enum(["member", "team_lead", "emergency"]),
    relation: z.string().nullable(),
    readOnly: z.boolean(),
  }),
  abilities: z.record(z.string(), z.boolean()),
  handover: handoverNoteSchema.nullable(),
  locationHistory: z.array(
    z.object({
      organisationId: z.string(),
      name: z.string(),
      startedAt: z.string(),
      endedAt: z.string().nullable(),
    }),
  ),
  emergencyAccess: z.array(
    z.object({
      userName: z.string(),
      organisation: z.string(),
      reason: z.string(),
      startedAt: timestamp,
      expiresAt: timestamp,
    }),
  ),
});
export type YouthDossier = z.infer<typeof youthDossierSchema>;
