/** What the mail screens show (issue 19): never a mail's content beyond its template name. */

/** A mail not (yet) sent, as the system admin sees it. */
export interface UnsentMail {
  id: string;
  template: string;
  recipient: string;
  status: "pending" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
}

/** A mail as the developer reads it in demo mode (GET /api/dev/outbox). */
export interface DevOutboxMail {
  id: string;
  template: string;
  to: string;
  status: string;
  createdAt: string;
  subject: string;
  /** The plain-text body; null once sent (its link is then cleared). */
  text: string | null;
}
