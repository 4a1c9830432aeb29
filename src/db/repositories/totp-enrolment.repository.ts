/** Pending TOTP enrolments (one per user), shared by every app instance. */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { TotpEnrolmentTable } from "../auth-schema.js";
import type { Database } from "../schema.js";

export type TotpEnrolmentRow = Selectable<TotpEnrolmentTable>;

/** Starts (or restarts) the user's enrolment with a new encrypted secret. */
export async function upsertTotpEnrolment(
  db: Kysely<Database>,
  row: TotpEnrolmentRow,
): Promise<void> {
  await db
    .insertInto("totp_enrolments")
    .values(row)
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({
        secret_enc: row.secret_enc,
        created_at: row.created_at,
        expires_at: row.expires_at,
      }),
    )
    .execute();
}

export function findTotpEnrolment(
  db: Kysely<Database>,
  userId: string,
): Promise<TotpEnrolmentRow | undefined> {
  return db
    .selectFrom("totp_enrolments")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/**
 * Removes exactly this enrolment (same secret): false when another request already confirmed
 * it or a newer set-up replaced it, so one pending secret is turned on at most once.
 */
export async function takeTotpEnrolment(
  db: Transaction<Database>,
  userId: string,
  secretEnc: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("totp_enrolments")
    .where("user_id", "=", userId)
    .where("secret_enc", "=", secretEnc)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Drops the user's pending enrolment, if any (2FA turned off). */
export async function deleteTotpEnrolment(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
): Promise<void> {
  await db.deleteFrom("totp_enrolments").where("user_id", "=", userId).execute();
}
