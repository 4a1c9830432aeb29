/**
 * Response schemas of the missing-youth routes (issue 17). Fastify serialises each answer
 * through its schema, so the schema is an allow-list. The SPA imports the inferred types
 * (re-exported by ../missing.schema.ts) with `import type` only.
 */
import { z } from "zod";
import { personRefSchema, reviewViewSchema } from "./steps.js";
import { timestamp } from "./youths.js";

export const checklistItemViewSchema = z.object({
  item: z.string(),
  required: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  recordedAt: timestamp.nullable(),
  note: z.string().nullable(),
  skipReason: z
    .string()
    .nullable()
    .describe("Why it was not done, given when the episode was closed with this item open"),
  version: z.number().int(),
});
export type ChecklistItemView = z.infer<typeof checklistItemViewSchema>;

/** The return conversation as recorded. */
export const conversationViewSchema = z.object({
  heldOn: z.string().describe("YYYY-MM-DD"),
  youthTalked: z.boolean(),
  summary: z.string(),
  whereabouts: z.string().optional(),
  concerns: z.string().optional(),
  followUp: z.string().optional(),
});

export const episodeViewSchema = z.object({
  id: z.string(),
  status: z.enum(["missing", "ended", "closed"]),
  lastSeenAt: z.string(),
  reportedAt: z.string().nullable(),
  lastSeenWhere: z.string().nullable(),
  lastSeenWith: z.string().nullable(),
  circumstances: z.string().nullable(),
  belongings: z.string().nullable(),
  phone: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  levelAtStart: z.number().int().nullable(),
  endedAt: z.string().nullable(),
  endOutcome: z.string().nullable(),
  foundWhere: z.string().nullable(),
  conversation: conversationViewSchema.nullable(),
  conversationAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  closeNote: z.string().nullable(),
  createdBy: personRefSchema,
  version: z.number().int(),
  checklist: z.array(checklistItemViewSchema),
  reviews: z.array(reviewViewSchema),
});
export type EpisodeView = z.infer<typeof episodeViewSchema>;

/** GET /api/youths/{id}/missing-episodes */
export const episodeListSchema = z.object({
  items: z.array(episodeViewSchema),
  nextCursor: z.string().nullable().describe("Send as `cursor` for the next page; null at the end"),
  youthStatus: z.string(),
  level: z.number().int(),
  abilities: z.object({ change: z.boolean(), exportSummary: z.boolean() }),
});
export type EpisodeList = z.infer<typeof episodeListSchema>;
