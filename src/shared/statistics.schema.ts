/**
 * Request and response shapes of the anonymous statistics (/api/statistics, issue 23), shared
 * with the SPA. Every number is a published cell: a count about at least 10 youths (or
 * professionals), or "< 10" when suppressed.
 */
import { z } from "zod";
import { FIGURE_IDS } from "../domain/statistics/figures.js";

export const SUPPRESSED = "< 10" as const;

const node = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\*(\/[A-Za-z0-9_-]{1,80}){0,2}$|^\d{4}-Q[1-4]$/, "not a statistics filter");

export const figureParams = z.object({ figureId: z.enum(FIGURE_IDS) }).strict();

export const figureQuery = z
  .object({
    location: node.default("*"),
    orgType: node.default("*"),
    /** "*" (columns are quarters) or a quarter such as 2026-Q4 (columns are its months). */
    period: node.default("*"),
    lang: z.enum(["nl", "en"]).default("nl"),
  })
  .strict();
export type FigureQuery = z.infer<typeof figureQuery>;

export const overviewQuery = z.object({ lang: z.enum(["nl", "en"]).default("nl") }).strict();

const shown = z.union([z.number(), z.literal(SUPPRESSED)]);

export const statCell = z.object({
  value: shown,
  subjects: shown,
  quartiles: z.object({ q1: z.number(), median: z.number(), q3: z.number() }).nullable(),
});
export type StatCell = z.infer<typeof statCell>;

const run = z
  .object({
    computedAt: z.string(),
    windowFrom: z.string(),
    threshold: z.number().int(),
    rulesVersion: z.string(),
    catalogVersion: z.string(),
  })
  .nullable();

const option = z.object({ node: z.string(), label: z.string(), depth: z.number().int() });

export const statisticsOverview = z.object({
  run,
  scope: z.enum(["all", "region", "organisation"]),
  figures: z.array(
    z.object({
      id: z.enum(FIGURE_IDS),
      kind: z.enum(["events", "snapshot"]),
      subject: z.enum(["youth", "professional"]),
      measure: z.enum(["days", "hours"]).nullable(),
    }),
  ),
  locations: z.array(option),
  orgTypes: z.array(option),
  quarters: z.array(z.string()),
});
export type StatisticsOverview = z.infer<typeof statisticsOverview>;

export const figureTable = z.object({
  figure: z.enum(FIGURE_IDS),
  run,
  location: option,
  orgType: option,
  period: z.string(),
  subject: z.enum(["youth", "professional"]),
  measure: z.enum(["days", "hours"]).nullable(),
  /** Column periods: quarters, or the months of one quarter. */
  columns: z.array(z.string()),
  /** A total column over the periods (absent for snapshot figures: a youth counts once per quarter). */
  hasTotalColumn: z.boolean(),
  rows: z.array(
    z.object({
      breakdown: z.string(),
      /** Set for catalogue categories and training modules; fixed values are translated by the screen. */
      label: z.string().nullable(),
      cells: z.array(statCell),
      total: statCell.nullable(),
    }),
  ),
  totals: z.object({ cells: z.array(statCell), total: statCell.nullable() }),
});
export type FigureTable = z.infer<typeof figureTable>;

export const statisticsRunResult = z.object({ computedAt: z.string(), cells: z.number().int() });
