/**
 * Fixed-window login rate limits in the database, so every app instance sees the same counts.
 * Each hit is one atomic upsert (no read-then-write), so two instances counting the same key at
 * the same moment never lose a hit.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Seconds to wait when the key is at or over its limit, else 0. Does not count a hit. */
export async function loginLimitWait(
  db: Kysely<Database>,
  keyHash: string,
  limit: number,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom("login_limits")
    .select(["hits", "reset_at"])
    .where("key_hash", "=", keyHash)
    .executeTakeFirst();
  if (!row) return 0;
  const resetAt = new Date(row.reset_at).getTime();
  if (resetAt <= now.getTime() || row.hits < limit) return 0;
  return Math.ceil((resetAt - now.getTime()) / 1000);
}

/**
 * Counts one hit: a new window of `windowMs` when there is none or it has ended, else one more
 * in the current window. Returns the count in the window after this hit.
 */
export async function hitLoginLimit(
  db: Kysely<Database>,
  keyHash: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const resetAt = new Date(now.getTime() + windowMs).toISOString();
  const row = await db
    .insertInto("login_limits")
    .values({ key_hash: keyHash, hits: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column("key_hash").doUpdateSet({
        // ISO-8601 UTC strings of one length compare in time order.
        hits: sql<number>`case when login_limits.reset_at <= ${at} then 1 else login_limits.hits + 1 end`,
        reset_at: sql<string>`case when login_limits.reset_at <= ${at} then ${resetAt} else login_limits.reset_at end`,
      }),
    )
    .returning("hits")
    .executeTakeFirstOrThrow();
  if (row.hits === 1) {
    // A new window: a good moment to drop windows that ended (housekeeping, not user data).
    await db.deleteFrom("login_limits").where("reset_at", "<=", at).execute();
  }
  return row.hits;
}

/** Ends the key's window (after a successful login). */
export async function resetLoginLimit(db: Kysely<Database>, keyHash: string): Promise<void> {
  await db.deleteFrom("login_limits").where("key_hash", "=", keyHash).execute();
}

/** Removes every login limit (the load test logs in many users from one address). */
export async function clearLoginLimits(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom("login_limits").execute();
}
