/**
 * Response schemas of the access-log routes (issue 17). Fastify serialises each answer through
 * its schema, so the schema is an allow-list. ../audit.types.ts re-exports the inferred types
 * for the SPA (type-only, so it stays zod-free).
 */
import { z } from "zod";
import { timestamp } from "./youths.js";

/** One access-log entry. */
export const accessLogEntrySchema = z.object({
  seq: z.number().int(),
  at: timestamp,
  actor: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    role: z.string().nullable(),
    organisation: z.string().nullable(),
  }),
  action: z.string(),
  outcome: z.string(),
  youthId: z.string().nullable(),
  youthName: z
    .string()
    .nullable()
    .describe("The youth's display name (pseudonym) for the privacy officer; null without one"),
  recordType: z.string().nullable(),
  recordIds: z.array(z.string()),
  ip: z.string().nullable(),
  client: z.string().nullable(),
  reason: z.string().nullable(),
  emergency: z.boolean(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

/** GET /api/audit and GET /api/youths/{id}/audit: newest first. */
export const accessLogPageSchema = z.object({
  items: z.array(accessLogEntrySchema),
  nextCursor: z.number().int().nullable().describe("Send as `cursor` for older entries"),
});
export type AccessLogPage = z.infer<typeof accessLogPageSchema>;

export const auditYouthMatchSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  location: z.object({ id: z.string(), name: z.string() }),
  status: z.string(),
});
export type AuditYouthMatch = z.infer<typeof auditYouthMatchSchema>;

/** GET /api/audit/youths: at most 20 matches; `truncated` when there were more. */
export const auditYouthMatchListSchema = z.object({
  items: z.array(auditYouthMatchSchema),
  truncated: z.boolean(),
});
