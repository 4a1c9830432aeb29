/**
 * Youths, their location history and handover notes. Identifying columns arrive here already
 * encrypted; this file only stores and loads rows.
 */
import { CLOSED_STATUSES } from "../../domain/retention/rules.js";
import { sql, type Kysely, type Selectable, type Insertable } from "kysely";
import type { Actor, YouthRelation } from "../../domain/policies.js";
import type { CircleRelation } from "../../domain/roles.js";
import { reachableBy } from "../reachability.js";
import { isPostgres } from "../dialect.js";
import { lockAuditChain } from "./audit.repository.js";
import type { HandoverNoteTable, YouthLocationTable, YouthPatch, YouthTable } from "../schema.js";

export type YouthRow = Selectable<YouthTable>;
/** A youth row as lists load it: everything but the picture JSON. */
export type YouthListRow = Omit<YouthRow, "picture" | "closed_at">;

/** Every column of `youths` but `picture` (lists use the summary columns instead). */
const LIST_COLUMNS = [
  "id",
  "display_name_enc",
  "v_number_enc",
  "v_number_idx",
  "bsn_enc",
  "bsn_idx",
  "dob_enc",
  "dob_estimated",
  "name_dob_idx",
  "nationality_enc",
  "languages_enc",
  "gender_enc",
  "location_id",
  "status",
  "arrived_at",
  "version",
  "level",
  "previous_level",
  "level_changed_at",
  "level_sexual",
  "level_criminal",
  "level_labour",
  "reason_count",
  "picture_computed_at",
  "rules_version",
  "created_by",
  "created_at",
  "updated_at",
] as const satisfies readonly Exclude<keyof YouthTable, "picture">[];
export type { Db } from "../handles.js";
import type { Db } from "../handles.js";

export async function insertYouth(db: Db, row: Insertable<YouthTable>): Promise<void> {
  await db.insertInto("youths").values(row).execute();
}

/**
 * Locks a youth row until the transaction ends (PostgreSQL; SQLite already has one writer).
 * The audit chain's lock comes first: every write appends to the chain, and a fixed lock order
 * keeps concurrent writes on one youth from deadlocking.
 */
export async function lockYouthRow(db: Db, id: string): Promise<void> {
  if (!isPostgres(db as unknown as Kysely<unknown>)) return;
  await lockAuditChain(db);
  await db.selectFrom("youths").select("id").where("id", "=", id).forNoKeyUpdate().execute();
}

export function findYouthRow(db: Db, id: string): Promise<YouthRow | undefined> {
  return db.selectFrom("youths").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Every youth (no reachability filter), in id order from `afterId`, with only what a name lookup
 * needs. For the privacy officer's access-log lookup, which decrypts names to match them.
 */
export function listYouthNamesPage(db: Db, afterId: string, limit: number) {
  return db
    .selectFrom("youths")
    .select(["id", "display_name_enc", "location_id", "status"])
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** The encrypted display names of these youths (for the access log's youth column). */
export function listYouthNamesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("youths")
    .select(["id", "display_name_enc"])
    .where("id", "in", [...ids])
    .execute();
}

/** Youths with this V-number blind index (normally one). */
export function findYouthsByVNumberIdx(db: Db, vNumberIdx: string) {
  return db
    .selectFrom("youths")
    .select(["id", "display_name_enc", "location_id", "status"])
    .where("v_number_idx", "=", vNumberIdx)
    .execute();
}

/** Updates a youth only when its version still matches; returns false on a stale version. */
export async function updateYouthVersioned(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: YouthPatch,
): Promise<boolean> {
  await lockAuditChain(db); // lock order: audit chain, then the youth row (see lockYouthRow)
  // Retention (issue 22) counts a dossier's term from the moment it was closed.
  const closing =
    changes.status === undefined
      ? {}
      : {
          closed_at: CLOSED_STATUSES.includes(String(changes.status))
            ? String(changes.updated_at ?? new Date().toISOString())
            : null,
        };
  const result = await db
    .updateTable("youths")
    .set({ ...changes, ...closing, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Youths with the same V-number or BSN index, or the same name+date-of-birth index. */
export function findPossibleDuplicates(
  db: Db,
  keys: { vNumberIdx: string | null; bsnIdx: string | null; nameDobIdx: string | null },
): Promise<{ id: string; location_id: string }[]> {
  if (!keys.vNumberIdx && !keys.bsnIdx && !keys.nameDobIdx) return Promise.resolve([]);
  return db
    .selectFrom("youths")
    .select(["id", "location_id"])
    .where((eb) =>
      eb.or([
        ...(keys.nameDobIdx ? [eb("name_dob_idx", "=", keys.nameDobIdx)] : []),
        ...(keys.vNumberIdx ? [eb("v_number_idx", "=", keys.vNumberIdx)] : []),
        ...(keys.bsnIdx ? [eb("bsn_idx", "=", keys.bsnIdx)] : []),
      ]),
    )
    .limit(10)
    .execute();
}

/** The actor's relation to one youth at `now` (membership, emergency access). */
export async function loadRelation(
  db: Db,
  actor: Actor,
  youth: Pick<YouthRow, "id" | "location_id">,
  now: Date,
): Promise<YouthRelation> {
  const at = now.toISOString();
  const membership = await db
    .selectFrom("circle_members")
    .select(["relation", "read_only"])
    .where("youth_id", "=", youth.id)
    .where("user_id", "=", actor.userId)
    .where("ended_at", "is", null)
    .where((w) => w.or([w("access_until", "is", null), w("access_until", ">", at)]))
    .orderBy("read_only", "asc")
    .executeTakeFirst();
  const emergency = await db
    .selectFrom("emergency_access")
    .select("id")
    .where("youth_id", "=", youth.id)
    .where("user_id", "=", actor.userId)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  return {
    youthLocationId: youth.location_id,
    membership: membership
      ? { relation: membership.relation as CircleRelation, readOnly: membership.read_only === 1 }
      : null,
    emergency: emergency !== undefined,
  };
}

export interface YouthListFilter {
  locationId?: string | undefined;
  status?: string | undefined;
  minLevel?: number | undefined;
  /** Exactly this level. */
  level?: number | undefined;
  /** At least "concern" (level 2) for this exploitation type. */
  type?: "sexual" | "criminal" | "labour" | undefined;
  vNumberIdx?: string | undefined;
  /** Keyset position of the last row seen (youthListPosition). */
  after?: { level: number; rank: number; changedAt: string; id: string } | undefined;
  limit: number;
}

/** Reachable youths, highest level first, then the most recent change. */
export async function listReachableYouths(
  db: Db,
  actor: Actor,
  now: Date,
  f: YouthListFilter,
): Promise<YouthListRow[]> {
  // Two steps: order and page over narrow rows, then load the page's rows. Sorting whole rows
  // made the caseload 5× slower at 20,000 youths; loading the picture JSON (≈27 kB a youth with
  // 50 signals) made a page of 50 cost 25 ms, so lists read the summary columns instead.
  const page = await reachableYouthsQuery(db, actor, now, f).execute();
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom("youths")
    .select(LIST_COLUMNS)
    .where(
      "id",
      "in",
      page.map((r) => r.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((r) => byId.get(r.id) ?? []);
}

const TYPE_LEVEL_COLUMN = {
  sexual: "level_sexual",
  criminal: "level_criminal",
  labour: "level_labour",
} as const;
/** The caseload's type filter shows youths at "concern" (level 2) or higher for that type. */
const CONCERN_LEVEL = 2;

/** The query behind listReachableYouths (the benchmarks compile it for EXPLAIN). */
export function reachableYouthsQuery(db: Db, actor: Actor, now: Date, f: YouthListFilter) {
  // Order: level, then youths whose last change was a rise, then the most recent change (a
  // youth never changed sorts last: NULL becomes ""), then id. The keyset cursor holds all four.
  const rank = sql<number>`(case when youths.level > youths.previous_level then 0 else 1 end)`;
  const changed = sql<string>`coalesce(youths.level_changed_at, '')`;
  let q = db
    .selectFrom("youths")
    .select(["youths.id", "youths.level", "youths.previous_level", "youths.level_changed_at"])
    .where(reachableBy(actor, now));
  if (f.locationId) q = q.where("location_id", "=", f.locationId);
  if (f.status) q = q.where("status", "=", f.status);
  if (f.minLevel !== undefined) q = q.where("level", ">=", f.minLevel);
  if (f.level !== undefined) q = q.where("level", "=", f.level);
  if (f.type) q = q.where(TYPE_LEVEL_COLUMN[f.type], ">=", CONCERN_LEVEL);
  if (f.vNumberIdx) q = q.where("v_number_idx", "=", f.vNumberIdx);
  if (f.after) {
    const a = f.after;
    q = q.where((eb) =>
      eb.or([
        eb("level", "<", a.level),
        eb.and([eb("level", "=", a.level), eb(rank, ">", a.rank)]),
        eb.and([eb("level", "=", a.level), eb(rank, "=", a.rank), eb(changed, "<", a.changedAt)]),
        eb.and([
          eb("level", "=", a.level),
          eb(rank, "=", a.rank),
          eb(changed, "=", a.changedAt),
          eb("id", ">", a.id),
        ]),
      ]),
    );
  }
  return q
    .orderBy("level", "desc")
    .orderBy(rank, "asc")
    .orderBy(changed, "desc")
    .orderBy("id", "asc")
    .limit(f.limit);
}

/** The keyset position of a listed youth (see reachableYouthsQuery). */
export function youthListPosition(row: {
  id: string;
  level: number;
  previous_level: number;
  level_changed_at: string | null;
}): { level: number; rank: number; changedAt: string; id: string } {
  return {
    level: row.level,
    rank: row.level > row.previous_level ? 0 : 1,
    changedAt: row.level_changed_at ?? "",
    id: row.id,
  };
}

export async function insertLocation(db: Db, row: Insertable<YouthLocationTable>): Promise<void> {
  await db.insertInto("youth_locations").values(row).execute();
}

export async function endCurrentLocation(db: Db, youthId: string, at: string): Promise<void> {
  await db
    .updateTable("youth_locations")
    .set({ ended_at: at })
    .where("youth_id", "=", youthId)
    .where("ended_at", "is", null)
    .execute();
}

export function listLocations(db: Db, youthId: string) {
  return db
    .selectFrom("youth_locations as l")
    .innerJoin("organisations as o", "o.id", "l.organisation_id")
    .select([
      "l.id",
      "l.organisation_id",
      "o.name",
      "l.started_at",
      "l.ended_at",
      "l.handover_note_id",
    ])
    .where("l.youth_id", "=", youthId)
    .orderBy("l.started_at", "asc")
    .execute();
}

export async function insertHandoverNote(
  db: Db,
  row: Insertable<HandoverNoteTable>,
): Promise<void> {
  await db.insertInto("handover_notes").values(row).execute();
}

export function listHandoverNotes(
  db: Db,
  youthId: string,
): Promise<Selectable<HandoverNoteTable>[]> {
  return db
    .selectFrom("handover_notes")
    .selectAll()
    .where("youth_id", "=", youthId)
    .orderBy("created_at", "desc")
    .execute();
}
