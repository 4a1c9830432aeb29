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

/** A single-use recovery code of two-step login, kept only as a hash (migration 20261210030100). */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  /** SHA-256 of the user id and the normalised 80-bit code, hex (no key: survives rotation). */
  code_hash: string;
  created_at: string;
  used_at: string | null;
  revoked_at: string | null;
}
