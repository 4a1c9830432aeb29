/** Notifications per user. */
import type { Insertable } from "kysely";
import type { NotificationTable } from "../schema.js";
import type { Db } from "./youth.repository.js";

export async function insertNotifications(
  db: Db,
  rows: Insertable<NotificationTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto("notifications").values(rows).execute();
}

export function listNotifications(db: Db, userId: string, limit: number, before?: string) {
  let q = db.selectFrom("notifications").selectAll().where("user_id", "=", userId);
  if (before) q = q.where("created_at", "<", before);
  return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks the given (or all) notifications of the user read; returns how many changed. */
export async function markRead(
  db: Db,
  userId: string,
  ids: string[] | null,
  at: string,
): Promise<number> {
  let q = db
    .updateTable("notifications")
    .set({ read_at: at })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if (ids) q = q.where("id", "in", ids);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
