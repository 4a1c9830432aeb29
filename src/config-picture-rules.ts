/**
 * INZICHT_PICTURE_RULES (ADR 0006): the base rule set and its thresholds, validated at start.
 */
import { z } from "zod";
import { ConfigError } from "./config-error.js";

const days = z.number().int().min(1).max(3650);
const count = z.number().int().min(1).max(20);

/** Thresholds only rule set v1 has, and those only v2 has (the rest are shared). */
export const V1_ONLY = ["cumulativeVulnerabilities", "cumulativeObservers"] as const;
export const V2_ONLY = ["contextVulnerabilities", "contextObservers"] as const;

/**
 * A deployment's picture rules (INZICHT_PICTURE_RULES, JSON): the base rule set (`v2`, the
 * default, or `v1`) and its thresholds, e.g.
 * `{"base":"v2","version":"v2-regio-oost","acuteWindowDays":14,"contextObservers":3}`. Only the
 * numbers can change; the rules themselves, the ILO/EC combinations and the protected attributes
 * cannot. A threshold of the other base is refused, so a typo never goes unnoticed.
 */
export const pictureRulesConfig = z
  .object({
    base: z.enum(["v1", "v2"]).optional(),
    version: z
      .string()
      .regex(
        /^v[12][a-z0-9.+=,_-]{0,60}$/i,
        "a name that starts with v1 or v2, such as v2-regio-oost",
      )
      .optional(),
    longWindowDays: days.optional(),
    concernIndicators: count.optional(),
    concernCategories: count.optional(),
    concernWindowDays: days.optional(),
    concernObservers: count.optional(),
    missingWindowDays: days.optional(),
    cumulativeVulnerabilities: count.optional(),
    cumulativeObservers: count.optional(),
    contextVulnerabilities: count.optional(),
    contextObservers: count.optional(),
    suspicionWindowDays: days.optional(),
    acuteWindowDays: days.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const base = c.base ?? "v2";
    const foreign = base === "v1" ? V2_ONLY : V1_ONLY;
    for (const key of foreign)
      if (c[key] !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `not a threshold of rule set ${base}`,
        });
    if (c.version !== undefined && !c.version.toLowerCase().startsWith(base))
      ctx.addIssue({ code: "custom", path: ["version"], message: `must start with ${base}` });
  });
export type PictureRulesConfig = z.infer<typeof pictureRulesConfig>;

/** Parses INZICHT_PICTURE_RULES (JSON), or throws ConfigError naming each bad key. */
export function parsePictureRules(raw: string | undefined): PictureRulesConfig {
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError("INZICHT_PICTURE_RULES: not valid JSON");
  }
  const parsed = pictureRulesConfig.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new ConfigError(`INZICHT_PICTURE_RULES:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
