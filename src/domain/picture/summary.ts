/**
 * The few figures of a picture that lists need (level per exploitation type, number of reasons),
 * stored in their own columns so a caseload never loads or parses whole pictures.
 */
import type { Picture } from "./types.js";

export interface PictureSummary {
  levelSexual: number;
  levelCriminal: number;
  levelLabour: number;
  /** Reasons that raise the level (level > 0). */
  reasonCount: number;
}

export function pictureSummary(picture: Picture): PictureSummary {
  return {
    levelSexual: picture.byType.sexual.level,
    levelCriminal: picture.byType.criminal.level,
    levelLabour: picture.byType.labour.level,
    reasonCount: picture.reasons.filter((r) => r.level > 0).length,
  };
}
