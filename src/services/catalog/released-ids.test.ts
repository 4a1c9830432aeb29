import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir, loadCatalog } from "./load-catalog.js";
import { fingerprint, type ReleasedFile } from "./released.js";

/**
 * Released ids stay, with their meaning (see released.ts). Rewording an item needs a new
 * catalogue version, recorded with `node --import tsx scripts/release-catalog.ts`.
 */

const catalog = loadCatalog();
const released = JSON.parse(
  readFileSync(path.join(contentDir(), "catalog", "released.json"), "utf8"),
) as ReleasedFile;

describe("released catalogue ids", () => {
  it.each(released.versions.map((v) => [v.version, v] as const))(
    "every id of version %s still exists",
    (_version, v) => {
      const indicators = new Set(catalog.indicators.map((i) => i.id));
      const vulnerabilities = new Set(catalog.vulnerabilities.map((i) => i.id));
      expect(Object.keys(v.indicators).filter((id) => !indicators.has(id))).toEqual([]);
      expect(Object.keys(v.vulnerabilities).filter((id) => !vulnerabilities.has(id))).toEqual([]);
    },
  );

  it("the current version is released, and its texts are the released texts", () => {
    const current = released.versions.find((v) => v.version === catalog.version);
    expect(current, `catalogue ${catalog.version} is not in released.json`).toBeDefined();
    const changed = [
      ...catalog.indicators.filter((i) => current?.indicators[i.id] !== fingerprint(i.text)),
      ...catalog.vulnerabilities.filter(
        (v) => current?.vulnerabilities[v.id] !== fingerprint(v.label),
      ),
    ].map((i) => i.id);
    expect(changed, "changed or new items need a new catalogue version").toEqual([]);
  });
});
