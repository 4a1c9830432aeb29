/**
 * The keyset cursor of youth lists (the youths list and the caseload): level, rise rank,
 * level_changed_at and id of the last row, as base64url JSON. A cursor that does not decode is a 400, never a
 * silent first page.
 */
import { validationFailed } from "../../domain/errors.js";

export interface YouthCursor {
  level: number;
  /** 0 when the last change was a rise, else 1. */
  rank: number;
  changedAt: string;
  id: string;
}

export function encodeYouthCursor(c: YouthCursor): string {
  return Buffer.from(JSON.stringify([c.level, c.rank, c.changedAt, c.id])).toString("base64url");
}

export function decodeYouthCursor(cursor: string | undefined): YouthCursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 4) throw new Error("shape");
    const [level, rank, changedAt, id] = parsed as unknown[];
    if (
      typeof level !== "number" ||
      (rank !== 0 && rank !== 1) ||
      typeof changedAt !== "string" ||
      typeof id !== "string"
    )
      throw new Error("shape");
    return { level, rank, changedAt, id };
  } catch {
    throw validationFailed("Invalid cursor.", [{ path: "cursor", message: "invalid" }]);
  }
}
