/** Request and response shapes of signals, vulnerabilities, judgements, picture and timeline. */
import { z } from "zod";
import { freeText, opaqueText } from "./text.schema.js";
import { FACTS_MAX, FACTS_MIN, SIGNAL_SOURCES } from "./signal-values.js";
import { entityList } from "./pattern.schema.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(v)), "not a real date");
const catalogId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
  .max(80);

export { FACTS_MAX, FACTS_MIN, SIGNAL_SOURCES };

export const recordSignalBody = z
  .object({
    indicatorIds: z.array(catalogId).min(1, "choose at least one signal").max(10),
    observedAt: isoDate,
    source: z.enum(SIGNAL_SOURCES),
    sourceDetail: freeText(0, 300).optional(),
    facts: freeText(0, FACTS_MAX).min(
      FACTS_MIN,
      `describe what you saw or heard (at least ${FACTS_MIN} characters)`,
    ),
    interpretation: freeText(0, 2000).optional(),
    contextAnswers: z.record(catalogId, freeText(0, 1000)).optional(),
    /** Structured mentions (phone, address, name, vehicle, handle, place): issue 25. */
    entities: entityList.optional(),
  })
  .strict()
  .refine((b) => b.source !== "third_party" || (b.sourceDetail?.length ?? 0) > 0, {
    message: "say who told you",
    path: ["sourceDetail"],
  })
  .refine((b) => new Set(b.indicatorIds).size === b.indicatorIds.length, {
    message: "each signal once",
    path: ["indicatorIds"],
  });
export type RecordSignalBody = z.input<typeof recordSignalBody>;

export const signalParams = z
  .object({ id: z.string().uuid(), signalId: z.string().uuid() })
  .strict();
export const retractBody = z.object({ reason: freeText(5, 1000) }).strict();
export const listSignalsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(100),
    cursor: opaqueText(200).optional(),
  })
  .strict();

export const vulnerabilitiesBody = z
  .object({
    factors: z
      .array(
        z
          .object({
            factorId: catalogId,
            present: z.boolean(),
            notedAt: isoDate,
            note: freeText(0, 1000).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(40),
  })
  .strict();

export const judgementBody = z
  .object({
    kind: z.enum(["suspicion", "no_suspicion"]),
    reason: freeText(10, 2000),
  })
  .strict();

export const timelineQuery = z
  .object({
    category: catalogId.optional(),
    type: z.enum(["sexual", "criminal", "labour", "general"]).optional(),
    observerId: z.string().uuid().optional(),
    kind: z
      .enum([
        "signal",
        "retraction",
        "vulnerability",
        "relocation",
        "circle",
        "judgement",
        "missing",
      ])
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(200),
    cursor: opaqueText(300).optional(),
  })
  .strict();

export const caseloadQuery = z
  .object({
    level: z.coerce.number().int().min(0).max(4).optional(),
    locationId: z.string().uuid().optional(),
    type: z.enum(["sexual", "criminal", "labour"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: opaqueText(300).optional(),
  })
  .strict();

export type { SignalView, TimelineEvent } from "./api/signals.js";
