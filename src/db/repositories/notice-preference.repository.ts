/** Notice preferences: who gets which notifications by mail, at once or daily. */
import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database } from "../schema.js";
import type { NoticePreferenceTable } from "../mail-schema.js";

type Db = Kysely<Database> | Transaction<Database>;
export type NoticePreferenceRow = Selectable<NoticePreferenceTable>;

/** The kinds of notification a user can also get by mail, and their columns. */
export const NOTICE_COLUMNS = {
  level_rise: "level_rise",
  access_request: "access_request",
  review_due: "review_due",
} as const;
export type NoticeKind = keyof typeof NOTICE_COLUMNS;

export function findNoticePreference(
  db: Db,
  userId: string,
): Promise<NoticePreferenceRow | undefined> {
  return db
    .selectFrom("notice_preferences")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function insertNoticePreference(db: Db, row: NoticePreferenceRow): Promise<void> {
  await db.insertInto("notice_preferences").values(row).execute();
}

/** Changes the choices when the stored version is still `version`; false when it moved on. */
export async function updateNoticePreferenceVersioned(
  db: Db,
  userId: string,
  version: number,
  patch: Pick<NoticePreferenceRow, "level_rise" | "access_request" | "review_due" | "language"> & {
    updated_at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("notice_preferences")
    .set({ ...patch, version: sql<number>`version + 1` })
    .where("user_id", "=", userId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Active users among `userIds` who want this kind by mail at once, with address and language. */
export function findImmediateRecipients(
  db: Db,
  userIds: readonly string[],
  kind: NoticeKind,
): Promise<{ email: string; language: string }[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("notice_preferences as p")
    .innerJoin("users as u", "u.id", "p.user_id")
    .select(["u.email", "p.language"])
    .where("p.user_id", "in", [...userIds])
    .where(`p.${NOTICE_COLUMNS[kind]}`, "=", "immediate")
    .where("u.status", "=", "active")
    .execute();
}

/**
 * Users with a daily choice whose last digest is older than `before`, and who have unread
 * notifications of a daily kind since then: their address, language and id.
 */
export async function findDigestRecipients(
  db: Db,
  before: string,
): Promise<{ userId: string; email: string; language: string }[]> {
  const prefs = await db
    .selectFrom("notice_preferences as p")
    .innerJoin("users as u", "u.id", "p.user_id")
    .select([
      "p.user_id",
      "u.email",
      "p.language",
      "p.level_rise",
      "p.access_request",
      "p.review_due",
      "p.last_digest_at",
    ])
    .where("u.status", "=", "active")
    .where((eb) => eb.or([eb("p.last_digest_at", "is", null), eb("p.last_digest_at", "<", before)]))
    .where((eb) =>
      eb.or([
        eb("p.level_rise", "=", "daily"),
        eb("p.access_request", "=", "daily"),
        eb("p.review_due", "=", "daily"),
      ]),
    )
    .execute();
  const out: { userId: string; email: string; language: string }[] = [];
  for (const p of prefs) {
    const kinds = (Object.keys(NOTICE_COLUMNS) as NoticeKind[]).filter((k) => p[k] === "daily");
    let q = db
      .selectFrom("notifications")
      .select("id")
      .where("user_id", "=", p.user_id)
      .where("read_at", "is", null)
      .where("kind", "in", kinds);
    if (p.last_digest_at) q = q.where("created_at", ">", p.last_digest_at);
    if (await q.executeTakeFirst())
      out.push({ userId: p.user_id, email: p.email, language: p.language });
  }
  return out;
}

export async function markDigestSent(db: Db, userId: string, at: string): Promise<void> {
  await db
    .updateTable("notice_preferences")
    .set({ last_digest_at: at })
    .where("user_id", "=", userId)
    .execute();
}
