/**
 * Retention, legal holds, the deletion log and data-subject rights (issue 22): request schemas
 * and the response allow-lists. The SPA imports the inferred types with `import type` only.
 */
import { z } from "zod";
import { freeText } from "./text.schema.js";

const timestamp = z.string().describe("ISO 8601 date-time");

/** Putting a dossier on legal hold: why (encrypted; for example a police investigation). */
export const placeHoldBody = z.object({ reason: freeText(3, 1000) }).strict();
export type PlaceHoldBody = z.infer<typeof placeHoldBody>;

export const liftHoldBody = z.object({ version: z.number().int().min(1) }).strict();

export const placeHoldResponse = z.object({ id: z.string(), reviewDueAt: timestamp });

/** The grounds of an erasure decision (AVG art. 17); a code, never free text. */
export const ERASURE_REASONS = [
  "data_subject_request",
  "unlawful_processing",
  "objection_upheld",
  "court_order",
] as const;

export const erasureBody = z
  .object({
    reason: z.enum(ERASURE_REASONS),
    decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD"),
  })
  .strict();
export type ErasureBody = z.infer<typeof erasureBody>;

export const erasureResponse = z.object({ rows: z.number().int(), reference: z.string() });

export const deletionLogQuery = z
  .object({
    before: z.string().datetime().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const deletionLogEntrySchema = z.object({
  id: z.string(),
  at: timestamp,
  recordType: z.string(),
  rule: z.string(),
  rows: z.number().int(),
  reference: z.string().describe("HMAC over the removed ids; not reversible"),
});
export type DeletionLogEntry = z.infer<typeof deletionLogEntrySchema>;

export const deletionLogResponse = z.object({
  items: z.array(deletionLogEntrySchema),
  nextBefore: timestamp.nullable(),
});
export type DeletionLogResponse = z.infer<typeof deletionLogResponse>;

export const retentionRuleSchema = z.object({
  recordType: z.string(),
  ruleId: z.string(),
  days: z.number().int(),
  defaultDays: z.number().int(),
  source: z.string(),
  needsDpoDecision: z.boolean(),
});

export const holdSummarySchema = z.object({
  id: z.string(),
  youthId: z.string(),
  placedAt: timestamp,
  reviewDueAt: timestamp,
  reviewDue: z.boolean(),
  version: z.number().int(),
});

export const retentionOverviewResponse = z.object({
  rules: z.array(retentionRuleSchema),
  maxAgeYears: z.number().int(),
  /** Active holds; only for the privacy officer (empty for a system admin). */
  holds: z.array(holdSummarySchema),
});
export type RetentionOverview = z.infer<typeof retentionOverviewResponse>;

/** The data-subject export: every table's rows about the youth, decrypted, and the access log. */
export const subjectExportResponse = z.object({
  youthId: z.string(),
  exportedAt: timestamp,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  accessLog: z.array(z.record(z.string(), z.unknown())),
});
export type SubjectExport = z.infer<typeof subjectExportResponse>;
