/**
 * Records the current catalogue version in content/catalog/released.json (run after raising the
 * catalogue's `version`): `node --import tsx scripts/release-catalog.ts`. Refuses to overwrite a
 * released version with other texts, and to drop an id an earlier version released.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentDir, loadCatalog } from "../src/services/catalog/load-catalog.js";
import { releaseEntry, type ReleasedFile } from "../src/services/catalog/released.js";

const file = path.join(contentDir(), "catalog", "released.json");
const released: ReleasedFile = (() => {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as ReleasedFile;
  } catch {
    return { versions: [] };
  }
})();
const entry = releaseEntry(loadCatalog());
const same = released.versions.find((v) => v.version === entry.version);
if (same && JSON.stringify(same) !== JSON.stringify(entry)) {
  console.error(`Catalogue ${entry.version} was released with other texts: raise its version.`);
  process.exit(1);
}
for (const v of released.versions) {
  const gone = Object.keys(v.indicators).filter((id) => !(id in entry.indicators));
  if (gone.length > 0) {
    console.error(`Released ids may not be removed (${v.version}): ${gone.join(", ")}`);
    process.exit(1);
  }
}
if (!same) released.versions.push(entry);
writeFileSync(file, `${JSON.stringify(released, null, 2)}\n`);
console.log(`${file}: ${released.versions.map((v) => v.version).join(", ")}`);
