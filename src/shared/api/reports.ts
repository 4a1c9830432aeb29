/**
 * Response schemas of the report routes (issue 17). Fastify serialises each answer through its
 * schema, so the schema is an allow-list. The SPA imports the inferred types (re-exported by
 * ../reports.schema.ts) with `import type` only.
 */
import { z } from "zod";
import { REPORT_KINDS } from "../../domain/steps/options.js";
import { jsonValueSchema, personRefSchema } from "./steps.js";
import { timestamp } from "./youths.js";

/** The signed toestemmingsverklaring as stored (CoMensha only). */
export const consentRecordView = z.object({
  signer: z.enum(["youth", "guardian"]),
  signerName: z.string(),
  signedOn: z.string().describe("YYYY-MM-DD"),
  statementKept: z.boolean(),
});

export const reportViewSchema = z.object({
  id: z.string(),
  kind: z.enum(REPORT_KINDS),
  status: z.enum(["draft", "sent"]),
  trajectId: z.string().nullable(),
  form: z
    .record(z.string(), jsonValueSchema)
    .describe("The report's fields as its form holds them (checked per report kind)"),
  consent: consentRecordView.nullable(),
  createdBy: personRefSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  sentBy: personRefSchema.nullable(),
  sentAt: timestamp.nullable(),
  snapshotHash: z.string().nullable(),
  version: z.number().int(),
});
export type ReportView = z.infer<typeof reportViewSchema>;

/** Who must sign the consent, from the youth's age. */
export const consentRuleSchema = z.object({
  requiredSigner: z.enum(["youth", "guardian"]),
  age: z.number().int(),
  estimated: z.boolean(),
  uncertain: z.boolean(),
  actorIsGuardian: z
    .boolean()
    .describe("The actor is the youth's guardian (may record the guardian's signature)"),
});
export type ConsentRule = z.infer<typeof consentRuleSchema>;

/** GET /api/youths/{id}/reports */
export const reportListSchema = z.object({
  items: z.array(reportViewSchema),
  nextCursor: z.string().nullable().describe("Send as `cursor` for the next page; null at the end"),
  abilities: z.object({ create: z.boolean(), export: z.boolean() }),
  consentRule: consentRuleSchema,
});
export type ReportList = z.infer<typeof reportListSchema>;

/** GET /api/youths/{id}/reports/prefill */
export const reportPrefillSchema = z.object({
  kind: z.enum(REPORT_KINDS),
  trajectId: z.string().nullable(),
  form: z.record(z.string(), jsonValueSchema),
  consentRule: consentRuleSchema,
});
export type ReportPrefill = z.infer<typeof reportPrefillSchema>;
