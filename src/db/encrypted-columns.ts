/**
 * Every column encrypted at rest, per table, so key rotation can re-encrypt them all.
 * Add a table here when a feature stores encrypted text.
 */
export interface EncryptedTable {
  table: string;
  key: string;
  columns: string[];
}

export const ENCRYPTED_COLUMNS: EncryptedTable[] = [
  {
    table: "youths",
    key: "id",
    columns: ["display_name_enc", "v_number_enc", "bsn_enc", "dob_enc"],
  },
  {
    table: "handover_notes",
    key: "id",
    columns: ["open_concerns", "safety_agreements", "next_steps"],
  },
  {
    table: "signals",
    key: "id",
    columns: ["source_detail_enc", "facts_enc", "interpretation_enc", "context_answers_enc"],
  },
  { table: "vulnerability_entries", key: "id", columns: ["note_enc"] },
  { table: "judgements", key: "id", columns: ["reason_enc"] },
  { table: "users", key: "id", columns: ["totp_secret"] },
  { table: "totp_enrolments", key: "user_id", columns: ["secret_enc"] },
];
