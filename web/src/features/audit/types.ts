/** Shapes of GET /api/audit (src/services/audit/query-access-log.ts). */

/** One access-log entry. */
export interface AccessLogEntry {
  seq: number;
  at: string;
  actor: {
    id: string | null;
    name: string | null;
    role: string | null;
    organisation: string | null;
  };
  action: string;
  outcome: string;
  youthId: string | null;
  recordType: string | null;
  recordIds: string[];
  ip: string | null;
  client: string | null;
  reason: string | null;
  emergency: boolean;
}

/** One page, newest first; `nextCursor` is the seq to continue before. */
export interface AccessLogPage {
  items: AccessLogEntry[];
  nextCursor: number | null;
}
