/** Shapes of GET /api/audit (src/services/audit/query-access-log.ts). */

export type { AccessLogEntry } from "../../../../src/shared/audit.types";
import type { AccessLogEntry } from "../../../../src/shared/audit.types";

/** One page, newest first; `nextCursor` is the seq to continue before. */
export interface AccessLogPage {
  items: AccessLogEntry[];
  nextCursor: number | null;
}

/** GET /api/audit/youths (src/services/audit/find-youths-for-audit.ts). */
export interface AuditYouthMatches {
  items: {
    id: string;
    displayName: string;
    location: { id: string; name: string };
    status: string;
  }[];
  /** More than 20 matched: type more of the name. */
  truncated: boolean;
}
