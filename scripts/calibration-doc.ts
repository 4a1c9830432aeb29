// Writes docs/calibration.md from content/calibration/vignettes.json (npm run calibration:doc).
import { writeFileSync } from "node:fs";
import { loadCatalog } from "../src/services/catalog/load-catalog.js";
import { calibrationDoc } from "../src/services/picture/calibration-doc.js";
import { loadCalibration } from "../src/services/picture/load-calibration.js";

writeFileSync(
  new URL("../docs/calibration.md", import.meta.url),
  calibrationDoc(loadCalibration(), loadCatalog()),
);
console.log("wrote docs/calibration.md");
