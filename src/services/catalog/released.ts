/**
 * Fingerprints of released catalogue items (content/catalog/released.json): stored signals and
 * vulnerabilities point at catalogue ids, so a released id is never removed and never changes
 * meaning — a new meaning gets a new id, a rewording a new catalogue version.
 */
import { createHash } from "node:crypto";
import type { Catalog } from "../../domain/catalog/schema.js";

export interface ReleasedVersion {
  version: string;
  indicators: Record<string, string>;
  vulnerabilities: Record<string, string>;
}

export interface ReleasedFile {
  versions: ReleasedVersion[];
}

/** A short hash of an item's Dutch and English text. */
export function fingerprint(text: { nl: string; en: string }): string {
  return createHash("sha256").update(`${text.nl}\n${text.en}`).digest("hex").slice(0, 16);
}

/** The released entry for a catalogue as it is now. */
export function releaseEntry(catalog: Catalog): ReleasedVersion {
  return {
    version: catalog.version,
    indicators: Object.fromEntries(catalog.indicators.map((i) => [i.id, fingerprint(i.text)])),
    vulnerabilities: Object.fromEntries(
      catalog.vulnerabilities.map((v) => [v.id, fingerprint(v.label)]),
    ),
  };
}
