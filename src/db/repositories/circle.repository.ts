/** Circle membership, access requests and emergency access. History is kept: rows are ended, never deleted. */
import type { Insertable, Selectable } from "kysely";
import type { AccessRequestTable, CircleMemberTable, EmergencyAccessTable } from "../schema.js";
import type { Db } from "./youth.repository.js";

export async function insertMember(db: Db, row: Insertable<CircleMemberTable>): Promise<void> {
  await db.insertInto("circle_members").values(row).execute();
}

/** Current and former members with their user and organisation. */
export function listMembers(db: Db, youthId: string) {
  return db
    .selectFrom("circle_members as cm")
    .innerJoin("users as u", "u.id", "cm.user_id")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "cm.id",
      "cm.user_id",
      "cm.relation",
      "cm.read_only",
      "cm.access_until",
      "cm.added_at",
      "cm.added_by",
      "cm.ended_at",
      "cm.ended_reason_enc",
      "u.display_name",
      "u.email",
      "u.roles",
      "o.id as organisation_id",
      "o.name as organisation_name",
      "o.type as organisation_type",
    ])
    .where("cm.youth_id", "=", youthId)
    .orderBy("cm.added_at", "asc")
    .execute();
}

export function findActiveMembership(db: Db, youthId: string, userId: string, at: string) {
  return db
    .selectFrom("circle_members")
    .selectAll()
    .where("youth_id", "=", youthId)
    .where("user_id", "=", userId)
    .where("ended_at", "is", null)
    .where((w) => w.or([w("access_until", "is", null), w("access_until", ">", at)]))
    .execute();
}

export function findMember(
  db: Db,
  youthId: string,
  memberId: string,
): Promise<Selectable<CircleMemberTable> | undefined> {
  return db
    .selectFrom("circle_members")
    .selectAll()
    .where("youth_id", "=", youthId)
    .where("id", "=", memberId)
    .executeTakeFirst();
}

export async function endMember(
  db: Db,
  memberId: string,
  by: string,
  at: string,
  /** The reason, encrypted by the caller. */
  reasonEnc: string,
): Promise<void> {
  await db
    .updateTable("circle_members")
    .set({ ended_at: at, ended_by: by, ended_reason_enc: reasonEnc })
    .where("id", "=", memberId)
    .where("ended_at", "is", null)
    .execute();
}

/** Makes a membership read-only until a date (a mentor who handed over). */
export async function limitMember(db: Db, memberId: string, until: string): Promise<void> {
  await db
    .updateTable("circle_members")
    .set({ read_only: 1, access_until: until })
    .where("id", "=", memberId)
    .execute();
}

/** Active members (user ids) of a youth's circle at `at`, for notifications. */
export async function activeMemberIds(db: Db, youthId: string, at: string): Promise<string[]> {
  const rows = await db
    .selectFrom("circle_members")
    .select("user_id")
    .distinct()
    .where("youth_id", "=", youthId)
    .where("ended_at", "is", null)
    .where((w) => w.or([w("access_until", "is", null), w("access_until", ">", at)]))
    .execute();
  return rows.map((r) => r.user_id);
}

export async function insertAccessRequest(
  db: Db,
  row: Insertable<AccessRequestTable>,
): Promise<void> {
  await db.insertInto("access_requests").values(row).execute();
}

export function listAccessRequests(db: Db, youthId: string) {
  return db
    .selectFrom("access_requests as r")
    .innerJoin("users as u", "u.id", "r.requester_id")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "r.id",
      "r.requester_id",
      "r.reason_enc",
      "r.status",
      "r.decided_by",
      "r.decided_at",
      "r.created_at",
      "u.display_name",
      "u.roles",
      "o.name as organisation_name",
    ])
    .where("r.youth_id", "=", youthId)
    .orderBy("r.created_at", "desc")
    .limit(100)
    .execute();
}

export function findAccessRequest(
  db: Db,
  youthId: string,
  id: string,
): Promise<Selectable<AccessRequestTable> | undefined> {
  return db
    .selectFrom("access_requests")
    .selectAll()
    .where("youth_id", "=", youthId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Decides a pending request; false when it was decided already. */
export async function decideAccessRequest(
  db: Db,
  id: string,
  status: "approved" | "declined",
  by: string,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable("access_requests")
    .set({ status, decided_by: by, decided_at: at })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function findPendingRequest(db: Db, youthId: string, userId: string) {
  return db
    .selectFrom("access_requests")
    .select("id")
    .where("youth_id", "=", youthId)
    .where("requester_id", "=", userId)
    .where("status", "=", "pending")
    .executeTakeFirst();
}

export async function insertEmergencyAccess(
  db: Db,
  row: Insertable<EmergencyAccessTable>,
): Promise<void> {
  await db.insertInto("emergency_access").values(row).execute();
}

/** Emergency accesses of the last 30 days, shown to the circle. */
export function listEmergencyAccess(db: Db, youthId: string, since: string) {
  return db
    .selectFrom("emergency_access as e")
    .innerJoin("users as u", "u.id", "e.user_id")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "e.id",
      "e.user_id",
      "e.reason_enc",
      "e.started_at",
      "e.expires_at",
      "u.display_name",
      "o.name as organisation_name",
    ])
    .where("e.youth_id", "=", youthId)
    .where("e.started_at", ">", since)
    .orderBy("e.started_at", "desc")
    .execute();
}
