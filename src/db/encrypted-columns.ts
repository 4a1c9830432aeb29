/**
 * THE list of every column encrypted at rest (ADR 0009). It is the one place that names them:
 * `FieldCrypto.encrypt/decrypt` only accept a binding to a table and column listed here (the
 * types are derived from this object), key rotation and the start-up upgrade re-encrypt exactly
 * these, and `encrypted-columns.int.test.ts` fails when a fully seeded database holds a
 * ciphertext in any column that is not listed. Encrypted columns end in `_enc`
 * (`users.totp_secret` predates the rule).
 */
import type { Database } from "./schema.js";

interface EncryptedTableSpec<T extends keyof Database> {
  /** The row id bound into every value's additional data (a UUID string). */
  key: keyof Database[T] & string;
  columns: readonly (keyof Database[T] & string)[];
  /**
   * Columns that held plain text before migration 20261207030200 renamed them to `_enc`: the
   * upgrade encrypts a value there that is not yet a ciphertext.
   */
  formerlyPlain?: readonly (keyof Database[T] & string)[];
}

type Spec = { [T in keyof Database]?: EncryptedTableSpec<T> };

export const ENCRYPTED_TABLES = {
  youths: {
    key: "id",
    columns: [
      "display_name_enc",
      "v_number_enc",
      "bsn_enc",
      "dob_enc",
      "nationality_enc",
      "gender_enc",
      "languages_enc",
    ],
    formerlyPlain: ["nationality_enc", "gender_enc", "languages_enc"],
  },
  handover_notes: {
    key: "id",
    columns: ["open_concerns_enc", "safety_agreements_enc", "next_steps_enc"],
  },
  signals: {
    key: "id",
    columns: ["source_detail_enc", "facts_enc", "interpretation_enc", "context_answers_enc"],
  },
  /** Structured mentions on a signal (issue 25); matched through `value_idx`, never in SQL. */
  signal_entities: { key: "id", columns: ["value_enc"] },
  signal_retractions: { key: "id", columns: ["reason_enc"], formerlyPlain: ["reason_enc"] },
  vulnerability_entries: { key: "id", columns: ["note_enc"] },
  judgements: { key: "id", columns: ["reason_enc"] },
  users: { key: "id", columns: ["totp_secret"] },
  /** A started, unconfirmed 2FA enrolment (one per user). */
  totp_enrolments: { key: "user_id", columns: ["secret_enc"] },
  circle_members: {
    key: "id",
    columns: ["ended_reason_enc"],
    formerlyPlain: ["ended_reason_enc"],
  },
  access_requests: { key: "id", columns: ["reason_enc"], formerlyPlain: ["reason_enc"] },
  emergency_access: { key: "id", columns: ["reason_enc"], formerlyPlain: ["reason_enc"] },
  safety_alerts: { key: "id", columns: ["handled_note_enc"] },
  trajects: { key: "id", columns: ["concern_enc"] },
  step_records: { key: "id", columns: ["what_enc", "why_enc"] },
  reports: { key: "id", columns: ["form_enc", "consent_enc", "snapshot_enc"] },
  review_dates: { key: "id", columns: ["note_enc", "outcome_enc"] },
  missing_details: {
    key: "episode_id",
    columns: [
      "last_seen_where_enc",
      "last_seen_with_enc",
      "circumstances_enc",
      "belongings_enc",
      "found_where_enc",
      "conversation_enc",
      "close_note_enc",
    ],
  },
  missing_checklist_items: { key: "id", columns: ["note_enc", "skip_reason_enc"] },
  /** Why a dossier is on legal hold (issue 22). */
  retention_holds: { key: "id", columns: ["reason_enc"] },
  /** A mail's template parameters (a link with a token) until it is sent (issue 19). */
  mail_outbox: { key: "id", columns: ["payload_enc"] },
  /**
   * The access log's copy of a reason (ADR 0008). The chain signs the plaintext, so rotation
   * may re-encrypt it without breaking the chain.
   */
  audit_log: { key: "id", columns: ["reason_enc"], formerlyPlain: ["reason_enc"] },
} as const satisfies Spec;

/** A table with encrypted columns. */
export type EncryptedTableName = keyof typeof ENCRYPTED_TABLES;

/** The encrypted columns of one table. */
export type EncryptedColumnOf<T extends EncryptedTableName> =
  (typeof ENCRYPTED_TABLES)[T]["columns"][number];

/**
 * Where a value lives: table, column and row id. Bound into the AES-GCM additional data, so a
 * ciphertext moved to another row or column no longer decrypts.
 */
export type FieldBinding = {
  [T in EncryptedTableName]: { table: T; column: EncryptedColumnOf<T>; rowId: string };
}[EncryptedTableName];

/** Shorthand for a binding: `field("signals", "facts_enc", id)`. */
export function field<T extends EncryptedTableName>(
  table: T,
  column: EncryptedColumnOf<T>,
  rowId: string,
): FieldBinding {
  return { table, column, rowId } as FieldBinding;
}

/** One table of the list, in the untyped shape raw row access needs. */
export interface EncryptedTable {
  table: EncryptedTableName;
  key: string;
  columns: readonly string[];
  formerlyPlain: readonly string[];
}

/** The list as an array, in declaration order. */
export const ENCRYPTED_COLUMNS: readonly EncryptedTable[] = (
  Object.keys(ENCRYPTED_TABLES) as EncryptedTableName[]
).map((table) => {
  const spec: { key: string; columns: readonly string[]; formerlyPlain?: readonly string[] } =
    ENCRYPTED_TABLES[table];
  return {
    table,
    key: spec.key,
    columns: spec.columns,
    formerlyPlain: spec.formerlyPlain ?? [],
  };
});
