/** Recovery codes of two-step login: hashes only, each used once, replaced sets revoked. */
import type { Db, Trx } from "../handles.js";

/** Revokes the user's current codes and stores the hashes of a new set. */
export async function replaceRecoveryCodes(
  trx: Trx,
  userId: string,
  rows: { id: string; code_hash: string }[],
  at: string,
): Promise<number> {
  const revoked = await trx
    .updateTable("recovery_codes")
    .set({ revoked_at: at })
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  await trx
    .insertInto("recovery_codes")
    .values(
      rows.map((r) => ({
        ...r,
        user_id: userId,
        created_at: at,
        used_at: null,
        revoked_at: null,
      })),
    )
    .execute();
  return Number(revoked.numUpdatedRows);
}

/** Marks one unused code as used; true only for the one request that used it. */
export async function takeRecoveryCode(
  db: Db,
  userId: string,
  codeHash: string,
  at: string,
): Promise<boolean> {
  const res = await db
    .updateTable("recovery_codes")
    .set({ used_at: at })
    .where("user_id", "=", userId)
    .where("code_hash", "=", codeHash)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Revokes every unused code of the user (2FA turned off). */
export async function revokeRecoveryCodes(db: Db, userId: string, at: string): Promise<void> {
  await db
    .updateTable("recovery_codes")
    .set({ revoked_at: at })
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
}

/** How many unused codes the user has left. */
export async function countRecoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
