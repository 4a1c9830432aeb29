/**
 * Which reasons the picture leads with: those that give the level (the deciding rules), then the
 * others, highest level first. Reasons of level 0 are notes and never decide. Pure, for tests.
 */
import type { PictureReason } from "../../../../../src/domain/picture/types";

export interface OrderedReasons {
  deciding: PictureReason[];
  others: PictureReason[];
}

export function orderReasons(reasons: readonly PictureReason[], level: number): OrderedReasons {
  const sorted = [...reasons].sort((a, b) => b.level - a.level);
  if (level === 0) return { deciding: [], others: sorted };
  return {
    deciding: sorted.filter((r) => r.level === level),
    others: sorted.filter((r) => r.level !== level),
  };
}

/** The signals the deciding reasons rest on, each once, in the order they first appear. */
export function decidingSignalIds(deciding: readonly PictureReason[]): string[] {
  return [...new Set(deciding.flatMap((r) => r.signalIds))];
}
