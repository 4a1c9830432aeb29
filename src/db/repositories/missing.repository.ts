/** Missing episodes with their protocol details and checklist. Content arrives encrypted. */
import type { Insertable, Selectable } from "kysely";
import type { MissingEpisodeTable } from "../schema.js";
import type { MissingChecklistItemTable, MissingDetailsTable } from "../steps-schema.js";
import type { Db } from "./youth.repository.js";

export type ChecklistRow = Selectable<MissingChecklistItemTable>;

export async function insertEpisode(
  db: Db,
  episode: Insertable<MissingEpisodeTable>,
  details: Insertable<MissingDetailsTable>,
): Promise<void> {
  await db.insertInto("missing_episodes").values(episode).execute();
  await db.insertInto("missing_details").values(details).execute();
}

export async function insertChecklist(
  db: Db,
  rows: Insertable<MissingChecklistItemTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto("missing_checklist_items").values(rows).execute();
}

const withDetails = (db: Db) =>
  db
    .selectFrom("missing_episodes as e")
    .leftJoin("missing_details as d", "d.episode_id", "e.id")
    .innerJoin("users as u", "u.id", "e.created_by")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "e.id",
      "e.youth_id",
      "e.started_at",
      "e.ended_at",
      "e.created_by",
      "e.created_at",
      "e.version",
      "d.reported_at",
      "d.last_seen_where_enc",
      "d.last_seen_with_enc",
      "d.circumstances_enc",
      "d.belongings_enc",
      "d.level_at_start",
      "d.end_outcome",
      "d.found_where_enc",
      "d.conversation_enc",
      "d.conversation_at",
      "d.conversation_by",
      "d.closed_at",
      "d.closed_by",
      "d.close_note_enc",
      "u.display_name as creator_name",
      "o.name as creator_org",
    ]);

export type EpisodeRow = Awaited<ReturnType<typeof listEpisodes>>[number];

export function listEpisodes(db: Db, youthId: string) {
  return withDetails(db)
    .where("e.youth_id", "=", youthId)
    .orderBy("e.started_at", "desc")
    .execute();
}

export function findEpisode(db: Db, youthId: string, id: string) {
  return withDetails(db)
    .where("e.id", "=", id)
    .where("e.youth_id", "=", youthId)
    .executeTakeFirst();
}

/** The episode still going on (no end), if any. */
export function findOngoingEpisode(db: Db, youthId: string) {
  return db
    .selectFrom("missing_episodes")
    .select("id")
    .where("youth_id", "=", youthId)
    .where("ended_at", "is", null)
    .executeTakeFirst();
}

/** Bumps the episode's version (with changes) when it still matches; false when stale. */
export async function bumpEpisode(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<MissingEpisodeTable, "started_at" | "ended_at">> = {},
): Promise<boolean> {
  const r = await db
    .updateTable("missing_episodes")
    .set({ ...changes, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateDetails(
  db: Db,
  episodeId: string,
  changes: Partial<Omit<MissingDetailsTable, "episode_id" | "youth_id">>,
): Promise<void> {
  await db
    .updateTable("missing_details")
    .set(changes)
    .where("episode_id", "=", episodeId)
    .execute();
}

export function listChecklist(db: Db, youthId: string) {
  return db
    .selectFrom("missing_checklist_items as c")
    .leftJoin("users as u", "u.id", "c.done_by")
    .selectAll("c")
    .select(["u.display_name as done_name"])
    .where("c.youth_id", "=", youthId)
    .orderBy("c.created_at", "asc")
    .execute();
}

export function findChecklistItem(db: Db, episodeId: string, item: string) {
  return db
    .selectFrom("missing_checklist_items")
    .selectAll()
    .where("episode_id", "=", episodeId)
    .where("item", "=", item)
    .executeTakeFirst();
}

/** The checklist of one episode. */
export function listEpisodeChecklist(db: Db, episodeId: string) {
  return db
    .selectFrom("missing_checklist_items")
    .selectAll()
    .where("episode_id", "=", episodeId)
    .execute();
}

/** Records why a still-open item was not done (when its episode closes); bumps its version. */
export async function setSkipReason(db: Db, id: string, skipReasonEnc: string): Promise<void> {
  await db
    .updateTable("missing_checklist_items")
    .set((eb) => ({ skip_reason_enc: skipReasonEnc, version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .execute();
}

export async function updateChecklistVersioned(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<ChecklistRow, "done_at" | "done_by" | "recorded_at" | "note_enc">>,
): Promise<boolean> {
  const r = await db
    .updateTable("missing_checklist_items")
    .set({ ...changes, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
