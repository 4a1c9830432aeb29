import type { Kysely } from "kysely";

const COLUMNS = ["open_concerns", "safety_agreements", "next_steps"] as const;

/**
 * The handover note's columns hold ciphertext, so they follow the `_enc` naming (ADR 0009): the
 * ciphertext scan and reviewers can then tell an encrypted column from its name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const c of COLUMNS)
    await db.schema.alterTable("handover_notes").renameColumn(c, `${c}_enc`).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of COLUMNS)
    await db.schema.alterTable("handover_notes").renameColumn(`${c}_enc`, c).execute();
}
