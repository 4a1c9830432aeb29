/**
 * Entities on a signal and patterns across youths (issue 25): request and response shapes.
 * The entity kinds are a closed list (src/domain/patterns/entities.ts).
 */
import { z } from "zod";
import {
  ENTITIES_PER_SIGNAL_MAX,
  ENTITY_KINDS,
  ENTITY_VALUE_MAX,
  normaliseEntity,
  type EntityKind,
} from "../domain/patterns/entities.js";
import { lineText } from "./text.schema.js";

export {
  ENTITY_KINDS,
  ENTITY_VALUE_MAX,
  ENTITIES_PER_SIGNAL_MAX,
  normaliseEntity,
  type EntityKind,
};

/** One structured mention typed on the signal form; refused when it has no normal form. */
export const entityInput = z
  .object({ kind: z.enum(ENTITY_KINDS), value: lineText(1, ENTITY_VALUE_MAX) })
  .strict()
  .superRefine((e, ctx) => {
    const n = normaliseEntity(e.kind, e.value);
    if (!n.ok) ctx.addIssue({ code: "custom", path: ["value"], message: n.reason });
  });
export type EntityInput = z.input<typeof entityInput>;

/** The entities of one signal (optional on the signal form). */
export const entityList = z.array(entityInput).max(ENTITIES_PER_SIGNAL_MAX);

/** `GET /api/patterns`: all patterns, or those of one youth (the dossier hint). */
export const patternsQuery = z.object({ youthId: z.string().uuid().optional() }).strict();

export type {
  PatternElsewhereView,
  PatternSignalView,
  PatternsResponse,
  PatternView,
  PatternYouthView,
} from "./api/patterns.js";
