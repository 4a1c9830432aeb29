/**
 * Kysely table types for state the login and 2FA code share across app instances
 * (migrations 20261207020100 and 20261207020200).
 */

/** A login rate limit window for one key (a keyed hash of an IP or e-mail address). */
export interface LoginLimitTable {
  key_hash: string;
  hits: number;
  /** ISO-8601 UTC: when the window ends and the count starts again. */
  reset_at: string;
}

/** A started, unconfirmed TOTP enrolment (at most one per user). */
export interface TotpEnrolmentTable {
  user_id: string;
  /** The new secret, encrypted with deps.crypto. */
  secret_enc: string;
  created_at: string;
  expires_at: string;
}
