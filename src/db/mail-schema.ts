/**
 * Kysely table types for mail, invitations and password resets (issue 19, ADR 0015 part 3;
 * migrations 20261210020100–20261210020120).
 */

/** One mail to send. A request only inserts the row; `deliverOutbox` sends it. */
export interface MailOutboxTable {
  id: string;
  /** Which template (MAIL_TEMPLATES): the only content an admin sees. */
  template: string;
  /** The professional's address (never a youth's). */
  recipient: string;
  /** nl | en: the recipient's language. */
  language: string;
  /** The template's parameters (a link with a token), encrypted; null once sent. */
  payload_enc: string | null;
  /** pending | sent | failed */
  status: string;
  attempts: number;
  /** ISO-8601 UTC: not before this moment (backoff, or a claim by a deliverer). */
  next_attempt_at: string;
  /** The SMTP server's answer to the last failed attempt (no content of the mail). */
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** An invitation to a colleague; the link's token is stored only as its sha-256. */
export interface InvitationTable {
  id: string;
  token_hash: string;
  organisation_id: string;
  email: string;
  display_name: string;
  /** JSON array of role codes. */
  roles: string;
  language: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  /** The account made when the invitation was accepted. */
  user_id: string | null;
  /** When an admin withdrew it; the link then answers like an expired one. */
  withdrawn_at: string | null;
}

/** A password reset link; the token is stored only as its sha-256, used once. */
export interface PasswordResetTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Per notification kind: no mail, a mail at once, or one daily digest (migration 20261210020130). */
export interface NoticePreferenceTable {
  user_id: string;
  /** off | immediate | daily */
  level_rise: string;
  access_request: string;
  review_due: string;
  language: string;
  version: number;
  updated_at: string;
  last_digest_at: string | null;
}
