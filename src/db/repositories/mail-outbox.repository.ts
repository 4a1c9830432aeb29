/** The mail outbox: rows a request inserts and the deliverer claims, sends and marks. */
import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database } from "../schema.js";
import type { MailOutboxTable } from "../mail-schema.js";

type Db = Kysely<Database> | Transaction<Database>;
export type MailOutboxRow = Selectable<MailOutboxTable>;

export async function insertOutboxMail(db: Db, row: MailOutboxRow): Promise<void> {
  await db.insertInto("mail_outbox").values(row).execute();
}

/** Pending mails whose time has come, oldest first. */
export function findDueMails(db: Db, now: string, limit: number): Promise<MailOutboxRow[]> {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/**
 * Claims a due mail for one attempt: counts the attempt and moves `next_attempt_at` to the end
 * of the lease, only when no other deliverer claimed it first (the attempts count is unchanged).
 */
export async function claimMail(
  db: Db,
  row: Pick<MailOutboxRow, "id" | "attempts">,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable("mail_outbox")
    .set({ attempts: sql<number>`attempts + 1`, next_attempt_at: leaseUntil })
    .where("id", "=", row.id)
    .where("status", "=", "pending")
    .where("attempts", "=", row.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sent: the parameters (a link with a token) are cleared. */
export async function markMailSent(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable("mail_outbox")
    .set({ status: "sent", sent_at: at, payload_enc: null, last_error: null })
    .where("id", "=", id)
    .execute();
}

/** A failed attempt: retry at `retryAt`, or give up (`failed`, parameters cleared) when null. */
export async function markMailAttemptFailed(
  db: Db,
  id: string,
  error: string,
  retryAt: string | null,
): Promise<void> {
  await db
    .updateTable("mail_outbox")
    .set(
      retryAt === null
        ? { status: "failed", last_error: error, payload_enc: null }
        : { last_error: error, next_attempt_at: retryAt },
    )
    .where("id", "=", id)
    .execute();
}

/** Mails not (yet) sent, newest first: failed and pending. */
export function findUnsentMails(db: Db, limit: number): Promise<MailOutboxRow[]> {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("status", "in", ["failed", "pending"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** The newest mails of every status (the developer's outbox in demo mode). */
export function findRecentMails(db: Db, limit: number): Promise<MailOutboxRow[]> {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
