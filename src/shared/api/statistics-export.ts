/**
 * GET /api/statistics/export (and /csv): the export in the format of the Nationaal Rapporteur and
 * CoMensha (issue 23, facts.md §4) — CoMensha registrations sent through InZicht by form of
 * exploitation, age band, gender and region of origin. Every number is a published cell of the
 * same cube and suppression as the figures: about at least 10 youths, or "< 10".
 */
import { z } from "zod";
import { AGE_BANDS, EXPORT_FORMS, EXPORT_GENDERS } from "../../domain/statistics/export.js";
import { SUPPRESSED } from "../statistics.schema.js";

export { AGE_BANDS, EXPORT_FORMS, EXPORT_GENDERS };

const locationNode = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\*(\/[A-Za-z0-9_-]{1,80}){0,2}$/, "not a statistics area");

export const statisticsExportQuery = z
  .object({
    location: locationNode.default("*"),
    lang: z.enum(["nl", "en"]).default("nl"),
  })
  .strict();
export type StatisticsExportQuery = z.infer<typeof statisticsExportQuery>;

const shown = z.union([z.number().int(), z.literal(SUPPRESSED)]);
/** A dimension's value, or "*" for all. */
const all = z.literal("*");

export const statisticsExportCell = z.object({
  form: z.union([z.enum(EXPORT_FORMS), all]),
  ageBand: z.union([z.enum(AGE_BANDS), all]),
  gender: z.union([z.enum(EXPORT_GENDERS), all]),
  originRegion: z.string().describe('A region id of the grouping, "unknown", or "*"'),
  /** Registrations (sent CoMensha reports). */
  registrations: shown,
  /** Distinct youths with those registrations. */
  youths: shown,
});
export type StatisticsExportCell = z.infer<typeof statisticsExportCell>;

export const statisticsExport = z.object({
  run: z
    .object({
      computedAt: z.string(),
      windowFrom: z.string(),
      threshold: z.number().int(),
      rulesVersion: z.string(),
      catalogVersion: z.string(),
    })
    .nullable(),
  location: z.object({ node: z.string(), label: z.string(), depth: z.number().int() }),
  forms: z.array(z.enum(EXPORT_FORMS)),
  ageBands: z.array(z.enum(AGE_BANDS)),
  genders: z.array(z.enum(EXPORT_GENDERS)),
  originRegions: z.array(z.object({ id: z.string(), label: z.string() })),
  /** The country → region grouping: version and whether a domain expert reviewed it. */
  grouping: z.object({ version: z.string(), reviewed: z.boolean(), note: z.string() }),
  /** Every cell of the area: each combination of a value or "*" per dimension that has data. */
  cells: z.array(statisticsExportCell),
});
export type StatisticsExport = z.infer<typeof statisticsExport>;
