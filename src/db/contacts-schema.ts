/** Kysely table type of the sociale kaart checks (same conventions as schema.ts). */

export interface ContactCheckTable {
  id: string;
  /** A contact id from content/catalog/contacts.json. */
  contact_id: string;
  checked_by: string;
  /** The checker's display name when they checked (kept, so the entry stays named). */
  checker_name: string;
  checker_organisation: string;
  /** The day of the check, YYYY-MM-DD. */
  checked_on: string;
  recorded_at: string;
}
