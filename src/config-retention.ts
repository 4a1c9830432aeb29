/**
 * The deployment's retention terms (issue 22): INZICHT_RETENTION, JSON, validated at start like
 * INZICHT_PICTURE_RULES. Every key is optional; a missing one keeps its default from
 * src/domain/retention/rules.ts. Example:
 * `{"dossier":1095,"access_log":2555,"maxAgeYears":21}` (days per record type, the age in years).
 * A term outside the rule's bounds, or an unknown key, stops the start with a message naming it.
 */
import { z } from "zod";
import { ConfigError } from "./config-error.js";
import {
  DOSSIER_MAX_AGE,
  RETENTION_RULES,
  defaultRetentionTerms,
  type RecordType,
  type RetentionTerms,
} from "./domain/retention/rules.js";

const shape = Object.fromEntries(
  RETENTION_RULES.map((r) => [
    r.recordType,
    z
      .number()
      .int()
      .min(r.minDays, `at least ${r.minDays} days for ${r.recordType}`)
      .max(r.maxDays, `at most ${r.maxDays} days for ${r.recordType}`)
      .optional(),
  ]),
) as Record<RecordType, z.ZodOptional<z.ZodNumber>>;

export const retentionConfigSchema = z
  .object({
    ...shape,
    maxAgeYears: z
      .number()
      .int()
      .min(DOSSIER_MAX_AGE.minYears)
      .max(DOSSIER_MAX_AGE.maxYears)
      .optional(),
  })
  .strict();

/** Parses INZICHT_RETENTION (undefined or empty: every default). */
export function parseRetentionConfig(raw: string | undefined): RetentionTerms {
  const terms = defaultRetentionTerms();
  if (raw === undefined || raw.trim() === "") return terms;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError("INZICHT_RETENTION: not valid JSON");
  }
  const parsed = retentionConfigSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new ConfigError(`INZICHT_RETENTION:\n${lines.join("\n")}`);
  }
  const { maxAgeYears, ...days } = parsed.data;
  for (const [type, value] of Object.entries(days))
    if (typeof value === "number") terms.days[type as RecordType] = value;
  if (maxAgeYears !== undefined) terms.maxAgeYears = maxAgeYears;
  return terms;
}
