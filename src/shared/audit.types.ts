/** Shapes of the access-log API (GET /api/audit), shared with the SPA. */

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
  /** The youth's display name (pseudonym), shown to the privacy officer; null without a youth. */
  youthName: string | null;
  recordType: string | null;
  recordIds: string[];
  ip: string | null;
  client: string | null;
  reason: string | null;
  emergency: boolean;
}
