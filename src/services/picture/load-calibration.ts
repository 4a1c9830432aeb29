/** Reads the calibration set from content/calibration/ (validated; a broken file stops the test). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { calibrationSet, type CalibrationSet } from "../../domain/picture/calibration.js";
import { contentDir } from "../catalog/load-catalog.js";

export function loadCalibration(
  file = path.join(contentDir(), "calibration", "vignettes.json"),
): CalibrationSet {
  return calibrationSet.parse(JSON.parse(readFileSync(file, "utf8")));
}
