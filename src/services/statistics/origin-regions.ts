/**
 * Reads content/statistics/origin-regions.json once (the country → region grouping of the export
 * for the Rapporteur / CoMensha, our own design, see the file's note) and fails fast when it is
 * invalid.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  originRegionIds,
  originRegionLookup,
  originRegions,
  type OriginRegions,
} from "../../domain/statistics/origin-regions.js";
import { contentDir } from "../catalog/load-catalog.js";

let cached: { content: OriginRegions; lookup: (text: string | null) => string } | undefined;

/** The grouping, its look-up from free text and the region ids in display order. */
export function loadOriginRegions(
  file = path.join(contentDir(), "statistics", "origin-regions.json"),
) {
  if (cached) return { ...cached, ids: originRegionIds(cached.content) };
  const parsed = originRegions.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(
      `${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  cached = { content: parsed.data, lookup: originRegionLookup(parsed.data) };
  return { ...cached, ids: originRegionIds(parsed.data) };
}
