/**
 * The rows retention removes (issue 22). `DOSSIER_TABLES` is THE list of tables that hold a
 * youth's data, children before parents: the dossier deletion walks it, the data-subject export
 * reads it, and `retention.int.test.ts` fails when a table with a `youth_id` column is missing.
 * Every function takes a transaction and a bounded set of ids; the service decides the batches.
 */
import type { Kysely, Transaction } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database } from "../schema.js";

/** Tables with a youth's rows, in deletion order (a row before the rows it references). */
export const DOSSIER_TABLES = [
  "signal_entities",
  "signal_indicators",
  "signal_retractions",
  "signals",
  "step_records",
  "review_dates",
  "reports",
  "trajects",
  "missing_checklist_items",
  "missing_details",
  "missing_episodes",
  "safety_alerts",
  "vulnerability_entries",
  "judgements",
  "picture_history",
  "notifications",
  "circle_members",
  "access_requests",
  "emergency_access",
  "youth_locations",
  "handover_notes",
  "retention_holds",
] as const satisfies readonly (keyof Database)[];
export type DossierTable = (typeof DOSSIER_TABLES)[number];

/** Tables that name a youth but are kept for their own term (not part of a dossier removal). */
export const KEPT_WITH_YOUTH_ID = ["audit_log"] as const;

type Db = Kysely<Database> | Transaction<Database>;

/** Youths on an active legal hold: nothing of theirs is removed. */
const heldYouths = (db: Db) =>
  db.selectFrom("retention_holds").select("youth_id").where("lifted_at", "is", null);

/** One page of youths (by id) with what the dossier rule needs; the date of birth is encrypted. */
export function listYouthsForRetention(db: Db, afterId: string, limit: number) {
  return db
    .selectFrom("youths")
    .select(["id", "status", "closed_at", "dob_enc"])
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Why each of these youths must be kept now: an active hold, an open episode, traject or report. */
export async function keepReasons(
  db: Db,
  youthIds: readonly string[],
): Promise<
  Map<string, Set<"legal_hold" | "open_missing_episode" | "open_report" | "open_traject">>
> {
  const out = new Map<
    string,
    Set<"legal_hold" | "open_missing_episode" | "open_report" | "open_traject">
  >();
  if (youthIds.length === 0) return out;
  const add = (
    id: string,
    r: "legal_hold" | "open_missing_episode" | "open_report" | "open_traject",
  ) => {
    const set = out.get(id) ?? new Set();
    set.add(r);
    out.set(id, set);
  };
  const ids = [...youthIds];
  for (const r of await db
    .selectFrom("retention_holds")
    .select("youth_id")
    .where("youth_id", "in", ids)
    .where("lifted_at", "is", null)
    .execute())
    add(r.youth_id, "legal_hold");
  for (const r of await db
    .selectFrom("missing_episodes")
    .select("youth_id")
    .where("youth_id", "in", ids)
    .where("ended_at", "is", null)
    .execute())
    add(r.youth_id, "open_missing_episode");
  for (const r of await db
    .selectFrom("reports")
    .select("youth_id")
    .where("youth_id", "in", ids)
    .where("sent_at", "is", null)
    .execute())
    add(r.youth_id, "open_report");
  for (const r of await db
    .selectFrom("trajects")
    .select("youth_id")
    .where("youth_id", "in", ids)
    .where("closed_at", "is", null)
    .execute())
    add(r.youth_id, "open_traject");
  return out;
}

/**
 * Removes one dossier: every row of every dossier table, then the youth row with its encrypted
 * fields and blind indexes. Returns the number of rows removed (0 when the youth is gone).
 */
export async function deleteDossier(trx: Transaction<Database>, youthId: string): Promise<number> {
  let rows = 0;
  for (const table of DOSSIER_TABLES) {
    const r = await trx.deleteFrom(table).where("youth_id", "=", youthId).executeTakeFirst();
    rows += Number(r.numDeletedRows);
  }
  const y = await trx.deleteFrom("youths").where("id", "=", youthId).executeTakeFirst();
  const removed = Number(y.numDeletedRows);
  return removed === 0 ? 0 : rows + removed;
}

/** Signals observed before `before`, in dossiers without a keep reason, at most `limit`. */
export function listExpiredSignals(db: Db, before: string, limit: number) {
  return db
    .selectFrom("signals")
    .select(["id", "youth_id"])
    .where("youth_id", "not in", heldYouths(db))
    .where("observed_at", "<", before)
    .orderBy("observed_at")
    .limit(limit)
    .execute();
}

/** Removes signals with their indicators, mentions (blind indexes) and retractions. */
export async function deleteSignals(
  trx: Transaction<Database>,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const list = [...ids];
  await trx.deleteFrom("signal_entities").where("signal_id", "in", list).execute();
  await trx.deleteFrom("signal_indicators").where("signal_id", "in", list).execute();
  await trx.deleteFrom("signal_retractions").where("signal_id", "in", list).execute();
  const r = await trx.deleteFrom("signals").where("id", "in", list).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Closed trajects closed before `before`, at most `limit`. */
export function listExpiredTrajects(db: Db, before: string, limit: number) {
  return db
    .selectFrom("trajects")
    .select(["id", "youth_id"])
    .where("youth_id", "not in", heldYouths(db))
    .where("closed_at", "is not", null)
    .where("closed_at", "<", before)
    .orderBy("closed_at")
    .limit(limit)
    .execute();
}

/** Removes trajects with their steps, reports and review dates. */
export async function deleteTrajects(
  trx: Transaction<Database>,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const list = [...ids];
  await trx.deleteFrom("step_records").where("traject_id", "in", list).execute();
  await trx.deleteFrom("review_dates").where("traject_id", "in", list).execute();
  await trx.deleteFrom("reports").where("traject_id", "in", list).execute();
  const r = await trx.deleteFrom("trajects").where("id", "in", list).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Missing episodes that ended before `before`, at most `limit`. */
export function listExpiredEpisodes(db: Db, before: string, limit: number) {
  return db
    .selectFrom("missing_episodes")
    .select(["id", "youth_id"])
    .where("youth_id", "not in", heldYouths(db))
    .where("ended_at", "is not", null)
    .where("ended_at", "<", before)
    .orderBy("ended_at")
    .limit(limit)
    .execute();
}

/** Removes missing episodes with their protocol details, checklist and review dates. */
export async function deleteEpisodes(
  trx: Transaction<Database>,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const list = [...ids];
  await trx.deleteFrom("missing_checklist_items").where("episode_id", "in", list).execute();
  await trx.deleteFrom("missing_details").where("episode_id", "in", list).execute();
  await trx.deleteFrom("review_dates").where("episode_id", "in", list).execute();
  const r = await trx.deleteFrom("missing_episodes").where("id", "in", list).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Training records of accounts deactivated before `before`: progress ids, at most `limit`. */
export function listExpiredTraining(db: Db, before: string, limit: number) {
  return db
    .selectFrom("training_progress as p")
    .innerJoin("users as u", "u.id", "p.user_id")
    .select(["p.id"])
    .where("u.status", "=", "deactivated")
    .where("u.updated_at", "<", before)
    .limit(limit)
    .execute();
}

/** Removes training progress rows with their quiz attempts and answers. */
export async function deleteTraining(
  trx: Transaction<Database>,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const list = [...ids];
  const attempts = trx
    .selectFrom("training_quiz_attempts")
    .select("id")
    .where("progress_id", "in", list);
  await trx.deleteFrom("training_question_results").where("attempt_id", "in", attempts).execute();
  await trx.deleteFrom("training_quiz_attempts").where("progress_id", "in", list).execute();
  const r = await trx.deleteFrom("training_progress").where("id", "in", list).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** A simple expiry: rows of one table whose time column is before `before`. */
export interface SimpleExpiry {
  table: "sessions" | "notifications" | "mail_outbox" | "invitations" | "password_resets" | "jobs";
  key: string;
}

/** Expired ids of the simple tables (sessions, notifications, outbox, invitations, jobs). */
export async function listExpiredSimple(
  db: Db,
  table: SimpleExpiry["table"],
  before: string,
  limit: number,
): Promise<string[]> {
  switch (table) {
    case "sessions":
      return (
        await db
          .selectFrom("sessions")
          .select("id_hash")
          .where("expires_at", "<", before)
          .limit(limit)
          .execute()
      ).map((r) => r.id_hash);
    case "notifications":
      return (
        await db
          .selectFrom("notifications")
          .select("id")
          .where("created_at", "<", before)
          .limit(limit)
          .execute()
      ).map((r) => r.id);
    case "mail_outbox":
      return (
        await db
          .selectFrom("mail_outbox")
          .select("id")
          .where("status", "in", ["sent", "failed"])
          .where("created_at", "<", before)
          .limit(limit)
          .execute()
      ).map((r) => r.id);
    case "invitations":
      return (
        await db
          .selectFrom("invitations")
          .select("id")
          .where("expires_at", "<", before)
          .limit(limit)
          .execute()
      ).map((r) => r.id);
    case "password_resets":
      return (
        await db
          .selectFrom("password_resets")
          .select("id")
          .where("expires_at", "<", before)
          .limit(limit)
          .execute()
      ).map((r) => r.id);
    case "jobs":
      return (
        await db
          .selectFrom("jobs")
          .select("id")
          .where("state", "in", ["completed", "failed"])
          .where("created_at", "<", before)
          .limit(limit)
          .execute()
      ).map((r) => r.id);
  }
}

/** Removes rows of a simple table by id. */
export async function deleteSimple(
  trx: Transaction<Database>,
  table: SimpleExpiry["table"],
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const list = [...ids];
  const r =
    table === "sessions"
      ? await trx.deleteFrom("sessions").where("id_hash", "in", list).executeTakeFirst()
      : await trx.deleteFrom(table).where("id", "in", list).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** One deletion-log row (no personal data: type, rule, count and an HMAC reference). */
export async function insertDeletionLog(
  trx: Transaction<Database>,
  entry: { at: string; recordType: string; rule: string; rows: number; reference: string },
): Promise<void> {
  await trx
    .insertInto("deletion_log")
    .values({
      id: randomUUID(),
      at: entry.at,
      record_type: entry.recordType,
      rule: entry.rule,
      rows: entry.rows,
      reference: entry.reference,
    })
    .execute();
}

/** The deletion log, newest first, with paging by time. */
export function listDeletionLog(
  db: Db,
  q: { before?: string | undefined; reference?: string | undefined; limit: number },
) {
  let query = db.selectFrom("deletion_log").selectAll();
  if (q.before) query = query.where("at", "<", q.before);
  if (q.reference) query = query.where("reference", "=", q.reference);
  return query.orderBy("at", "desc").orderBy("id", "desc").limit(q.limit).execute();
}

/** Every row of one dossier table about a youth (the data-subject export). */
export function listDossierRows(
  db: Db,
  table: DossierTable,
  youthId: string,
): Promise<Record<string, unknown>[]> {
  return db.selectFrom(table).selectAll().where("youth_id", "=", youthId).execute() as Promise<
    Record<string, unknown>[]
  >;
}

/** The youth's access-log entries, oldest first (the data-subject export). */
export function listAuditForYouth(db: Db, youthId: string) {
  return db
    .selectFrom("audit_log")
    .selectAll()
    .where("youth_id", "=", youthId)
    .orderBy("seq")
    .execute();
}
