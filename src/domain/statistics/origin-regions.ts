/**
 * Country of origin → region, for the export in the format of the Nationaal Rapporteur and
 * CoMensha (issue 23). The grouping is content (content/statistics/origin-regions.json) with its
 * sources; facts.md §4 gives none, so it is our own design, not yet reviewed. Pure: the file is
 * read by the service and parsed here.
 */
import { z } from "zod";
import { localizedText } from "../catalog/schema.js";

export const UNKNOWN_REGION = "unknown";

export const originRegions = z
  .object({
    version: z.string().min(1),
    reviewed: z.boolean(),
    note: z.string().min(1),
    sources: z
      .array(
        z
          .object({
            name: z.string().min(1),
            url: z.string().url().optional(),
            factsSection: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    regions: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
            label: localizedText,
            /** The UN M49 (sub-)regions the group is made of. */
            basis: z.string().min(1),
            countries: z
              .array(
                z
                  .object({
                    iso2: z.string().regex(/^[A-Z]{2}$/),
                    names: z.array(z.string().min(2)).min(1),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type OriginRegions = z.infer<typeof originRegions>;

/** Lower case, no accents, no punctuation, single spaces: "Syrië" → "syrie". */
export function normaliseCountry(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * A look-up from free text (a country name in Dutch or English, a demonym, an ISO code) to a
 * region id. Throws when the content names a country twice or one name in two regions.
 */
export function originRegionLookup(content: OriginRegions): (text: string | null) => string {
  const byName = new Map<string, string>();
  const seen = new Set<string>();
  for (const region of content.regions) {
    if (region.id === UNKNOWN_REGION)
      throw new Error(`origin regions: "${UNKNOWN_REGION}" is kept`);
    for (const country of region.countries) {
      if (seen.has(country.iso2)) throw new Error(`origin regions: ${country.iso2} twice`);
      seen.add(country.iso2);
      for (const name of [country.iso2, ...country.names]) {
        const key = normaliseCountry(name);
        const other = byName.get(key);
        if (other && other !== region.id)
          throw new Error(`origin regions: "${name}" in ${other} and ${region.id}`);
        byName.set(key, region.id);
      }
    }
  }
  return (text) =>
    text === null ? UNKNOWN_REGION : (byName.get(normaliseCountry(text)) ?? UNKNOWN_REGION);
}

/** The region ids in display order, "unknown" last. */
export function originRegionIds(content: OriginRegions): string[] {
  return [...content.regions.map((r) => r.id), UNKNOWN_REGION];
}
