/**
 * Response schemas of the signal, vulnerability, judgement, picture, timeline and caseload routes
 * (issue 17). Fastify serialises each answer through its schema, so the schema is an allow-list.
 * The SPA imports the inferred types with `import type` only.
 */
import { z } from "zod";
import { SIGNAL_SOURCES } from "../signal-values.js";
import { timestamp, youthSummarySchema } from "./youths.js";

/** Whether the reader sees every signal, or (a school member) only their own school's. */
export const signalScope = z.enum(["all", "own_organisation"]);

/** 0 no signals · 1 signal · 2 concern · 3 suspicion of exploitation · 4 acute. */
export const levelSchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
]);

/** Text in Dutch and English. */
export const localizedTextSchema = z.object({ nl: z.string(), en: z.string() });

export const signalViewSchema = z.object({
  id: z.string(),
  indicatorIds: z.array(z.string()),
  observedAt: z.string().describe("YYYY-MM-DD"),
  source: z.enum(SIGNAL_SOURCES),
  sourceDetail: z.string().nullable(),
  facts: z.string(),
  interpretation: z.string().nullable(),
  contextAnswers: z.record(z.string(), z.string()),
  catalogVersion: z.string(),
  recordedAt: timestamp,
  recordedBy: z.object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    organisation: z.string(),
  }),
  retraction: z
    .object({
      reason: z.string(),
      at: timestamp,
      by: z.string(),
      byRole: z.string().nullable().describe("null for retractions from before it was kept"),
      byOrganisation: z.string().nullable(),
    })
    .nullable(),
});
export type SignalView = z.infer<typeof signalViewSchema>;

/** GET /api/youths/{id}/signals */
export const signalPageSchema = z.object({
  items: z.array(signalViewSchema),
  nextCursor: z.string().nullable(),
  scope: signalScope,
});
export type SignalPage = z.infer<typeof signalPageSchema>;

/** POST /api/youths/{id}/signals (201 new, 200 a repeated Idempotency-Key). */
export const recordSignalResultSchema = z.object({
  id: z.string(),
  created: z.boolean(),
  level: z.number().int(),
});
export type RecordSignalResult = z.infer<typeof recordSignalResultSchema>;

/** The level after a change (retraction, vulnerabilities). */
export const levelResultSchema = z.object({ level: z.number().int() });

/** A professional's own judgement, beside the computed picture. */
export const judgementViewSchema = z.object({
  id: z.string(),
  kind: z.enum(["suspicion", "no_suspicion"]),
  reason: z.string(),
  recordedAt: timestamp,
  author: z.object({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    organisation: z.string(),
  }),
});
export type JudgementView = z.infer<typeof judgementViewSchema>;

/** One change of the stored level. */
export const levelHistoryEntrySchema = z.object({
  level: z.number().int(),
  at: timestamp,
  cause: z.string(),
  rulesVersion: z.string(),
});
export type LevelHistoryEntry = z.infer<typeof levelHistoryEntrySchema>;

const typePicture = z.object({
  level: levelSchema,
  positive: z.boolean().describe("The ILO/EC element rule is met for this type"),
  signalIds: z.array(z.string()),
});

/** The engine's picture (src/domain/picture/types.ts `Picture`). */
export const pictureSchema = z.object({
  level: levelSchema,
  label: localizedTextSchema,
  reasons: z.array(
    z.object({
      rule: z.string(),
      level: levelSchema,
      type: z.enum(["sexual", "criminal", "labour"]).optional(),
      text: localizedTextSchema,
      signalIds: z.array(z.string()),
      evidence: z.array(
        z.object({
          kind: z.enum(["signal", "missing", "judgement", "vulnerability", "safety"]),
          id: z.string(),
        }),
      ),
    }),
  ),
  byType: z.object({ sexual: typePicture, criminal: typePicture, labour: typePicture }),
  counts: z.object({
    signals: z.number().int(),
    indicators: z.number().int(),
    categories: z.number().int(),
    observers: z.number().int(),
    organisations: z.number().int(),
  }),
  suggestedStep: z.object({ id: z.string(), text: localizedTextSchema }),
  rulesVersion: z.string(),
});

/** GET /api/youths/{id}/picture */
export const pictureViewSchema = pictureSchema.extend({
  computedAt: timestamp.nullable(),
  previousLevel: z.number().int(),
  levelChangedAt: timestamp.nullable(),
  history: z.array(levelHistoryEntrySchema),
  judgements: z.array(judgementViewSchema),
  /** The level fell only because the rule set changed (e.g. v1 → v2); shown, never silent. */
  rulesChanged: z
    .object({
      fromVersion: z.string(),
      toVersion: z.string(),
      fromLevel: z.number().int(),
      at: timestamp,
    })
    .optional(),
});
export type PictureView = z.infer<typeof pictureViewSchema>;

export const timelineEventSchema = z.object({
  id: z.string(),
  kind: z.enum([
    "signal",
    "retraction",
    "vulnerability",
    "relocation",
    "circle",
    "judgement",
    "missing",
  ]),
  at: z.string(),
  actor: z
    .object({
      name: z.string(),
      role: z.string().nullable(),
      organisation: z.string().nullable(),
    })
    .nullable(),
  categories: z.array(z.string()),
  types: z.array(z.string()),
  indicatorIds: z.array(z.string()),
  summary: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** GET /api/youths/{id}/timeline */
export const timelineViewSchema = z.object({
  items: z.array(timelineEventSchema),
  scope: signalScope,
  nextCursor: z
    .string()
    .nullable()
    .describe("Cursor of the next page (200 events), null on the last"),
});
export type TimelineView = z.infer<typeof timelineViewSchema>;

/** One recorded vulnerability entry (the latest per factor counts). */
export const vulnerabilityEntrySchema = z.object({
  id: z.string(),
  factorId: z.string(),
  present: z.boolean(),
  notedAt: z.string(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedByRole: z.string().nullable(),
  recordedByOrganisation: z.string(),
  recordedAt: timestamp,
  specialCategory: z.boolean(),
});
export type VulnerabilityEntry = z.infer<typeof vulnerabilityEntrySchema>;

/** GET /api/youths/{id}/vulnerabilities */
export const vulnerabilitiesViewSchema = z.object({
  recorded: z.array(vulnerabilityEntrySchema),
  derived: z.array(z.object({ factorId: z.string() })),
  history: z.array(vulnerabilityEntrySchema),
  specialCategoryHidden: z.boolean(),
});
export type VulnerabilitiesView = z.infer<typeof vulnerabilitiesViewSchema>;

/** Open items of a youth for the logged-in professional. */
export const openItemsSchema = z.object({
  accessRequests: z.number().int(),
  unreadNotifications: z.number().int(),
  safetyAlerts: z.number().int(),
  overdueReviews: z.number().int().describe("Review dates past due (monitoring, missing youth)"),
});
export type OpenItems = z.infer<typeof openItemsSchema>;

/** One row of GET /api/caseload. */
export const caseloadItemSchema = youthSummarySchema.extend({
  change: z.number().int().describe("Level now minus the level before the last change"),
  byType: z
    .object({ sexual: z.number().int(), criminal: z.number().int(), labour: z.number().int() })
    .nullable(),
  reasons: z.number().int().describe("Number of reasons with a level above 0"),
  openItems: openItemsSchema,
});
export type CaseloadItem = z.infer<typeof caseloadItemSchema>;

/** GET /api/caseload */
export const caseloadPageSchema = z.object({
  items: z.array(caseloadItemSchema),
  nextCursor: z.string().nullable(),
});
export type CaseloadPage = z.infer<typeof caseloadPageSchema>;
