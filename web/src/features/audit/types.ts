/** Shapes of GET /api/audit (src/services/audit/query-access-log.ts). */

export type { AccessLogEntry } from "../../../../src/shared/audit.types";
import type { AccessLogEntry } from "../../../../src/shared/audit.types";

/** One page, newest first; `nextCursor` is the seq to continue before. */
export interface AccessLogPage {
  items: AccessLogEntry[];
  nextCursor: number | null;
}
