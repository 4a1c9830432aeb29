/**
 * Response schema of GET /api/patterns (issues 25 and 17). Fastify serialises the answer through
 * it, so the schema is an allow-list. The SPA imports the inferred types (re-exported by
 * ../pattern.schema.ts) with `import type` only.
 */
import { z } from "zod";
import { ENTITY_KINDS } from "../../domain/patterns/entities.js";
import { timestamp } from "./youths.js";

/** A signal that mentions the entity, in a youth the coordinator may see. */
export const patternSignalViewSchema = z.object({
  signalId: z.string(),
  observedAt: z.string().describe("YYYY-MM-DD"),
  recordedAt: timestamp,
  recordedBy: z.object({ name: z.string(), role: z.string(), organisation: z.string() }),
});
export type PatternSignalView = z.infer<typeof patternSignalViewSchema>;

/** A youth in the coordinator's region and reach that shares the entity. */
export const patternYouthViewSchema = z.object({
  youthId: z.string(),
  label: z.string().describe('Anonymised label for the network view ("J1", "J2", …)'),
  displayName: z.string(),
  location: z.string(),
  signals: z.array(patternSignalViewSchema),
});
export type PatternYouthView = z.infer<typeof patternYouthViewSchema>;

/** Youths outside the coordinator's reach: only that there is a match, where, and whom to ask. */
export const patternElsewhereViewSchema = z.object({
  region: z.string().nullable(),
  youthCount: z.number().int(),
  contacts: z.array(z.object({ name: z.string(), organisation: z.string(), email: z.string() })),
});
export type PatternElsewhereView = z.infer<typeof patternElsewhereViewSchema>;

export const patternViewSchema = z.object({
  id: z.string().describe("Stable within a key period; not the blind index itself"),
  kind: z.enum(ENTITY_KINDS),
  value: z.string(),
  youthCount: z.number().int().describe("Every youth whose active signals mention the entity"),
  lastRecordedAt: timestamp,
  youths: z.array(patternYouthViewSchema),
  elsewhere: z.array(patternElsewhereViewSchema),
});
export type PatternView = z.infer<typeof patternViewSchema>;

/** GET /api/patterns */
export const patternsResponseSchema = z.object({
  region: z.string().nullable(),
  items: z.array(patternViewSchema),
});
export type PatternsResponse = z.infer<typeof patternsResponseSchema>;
