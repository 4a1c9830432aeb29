/**
 * User accounts as administrators manage them (issue 19): list, load, change roles, deactivate,
 * reactivate and reset 2FA, and the circle memberships a leaving user holds. Never selects a
 * password hash or a TOTP secret's value into a result the admin screens see.
 */
import { sql, type Selectable } from "kysely";
import type { CircleMemberTable } from "../schema.js";
import type { Db } from "./youth.repository.js";

/** One account with its organisation, without secrets (`has_totp` says whether 2FA is on). */
export interface UserAdminRow {
  id: string;
  email: string;
  display_name: string;
  roles: string;
  organisation_id: string;
  organisation_name: string;
  organisation_type: string;
  status: string;
  has_totp: number;
  created_at: string;
  version: number;
}

function accounts(db: Db) {
  return db
    .selectFrom("users as u")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "u.id",
      "u.email",
      "u.display_name",
      "u.roles",
      "u.organisation_id",
      "o.name as organisation_name",
      "o.type as organisation_type",
      "u.status",
      sql<number>`case when u.totp_secret is null then 0 else 1 end`.as("has_totp"),
      "u.created_at",
      "u.version",
    ]);
}

/** Every account (of one organisation, when given), by name then id. */
export async function listUserAccounts(
  db: Db,
  organisationId: string | undefined,
): Promise<UserAdminRow[]> {
  let q = accounts(db);
  if (organisationId) q = q.where("u.organisation_id", "=", organisationId);
  const rows = await q.orderBy("u.display_name").orderBy("u.id").execute();
  return rows.map((r) => ({ ...r, has_totp: Number(r.has_totp), version: Number(r.version) }));
}

/** One account, or undefined. */
export async function findUserAccount(db: Db, id: string): Promise<UserAdminRow | undefined> {
  const r = await accounts(db).where("u.id", "=", id).executeTakeFirst();
  return r ? { ...r, has_totp: Number(r.has_totp), version: Number(r.version) } : undefined;
}

/**
 * Changes roles, status or the 2FA secret when the stored version is still `version`; bumps
 * the version. False when it moved on (a stale change).
 */
export async function updateUserVersioned(
  db: Db,
  id: string,
  version: number,
  patch: {
    roles?: string;
    status?: string;
    totp_secret?: null;
    totp_last_step?: null;
    updated_at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ ...patch, version: sql<number>`version + 1` })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every session of the user; returns how many there were. */
export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  const r = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Revokes every API token of the user that is not revoked yet; returns how many. */
export async function revokeUserTokens(db: Db, userId: string, at: string): Promise<number> {
  const r = await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Removes a started, unconfirmed 2FA set-up of the user, if any. */
export async function deletePendingTotp(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("totp_enrolments").where("user_id", "=", userId).execute();
}

/** An active membership of the user with the youth's current location (never a name). */
export interface UserMembershipRow {
  id: string;
  youth_id: string;
  relation: string;
  read_only: number;
  location_id: string;
  location_name: string;
}

/** The user's active circle memberships at `at` (not ended, read-only ones not expired). */
export function activeMembershipsOf(db: Db, userId: string, at: string) {
  return db
    .selectFrom("circle_members as cm")
    .innerJoin("youths as y", "y.id", "cm.youth_id")
    .innerJoin("organisations as o", "o.id", "y.location_id")
    .select([
      "cm.id",
      "cm.youth_id",
      "cm.relation",
      "cm.read_only",
      "y.location_id",
      "o.name as location_name",
    ])
    .where("cm.user_id", "=", userId)
    .where("cm.ended_at", "is", null)
    .where((w) => w.or([w("cm.access_until", "is", null), w("cm.access_until", ">", at)]))
    .orderBy("o.name")
    .orderBy("cm.youth_id")
    .execute() as Promise<UserMembershipRow[]>;
}

/** Active writing members of these youths' circles (everyone but `exceptUserId`). */
export function otherWritingMembers(
  db: Db,
  youthIds: readonly string[],
  exceptUserId: string,
): Promise<Pick<Selectable<CircleMemberTable>, "youth_id" | "user_id" | "relation">[]> {
  if (youthIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("circle_members")
    .select(["youth_id", "user_id", "relation"])
    .where("youth_id", "in", [...youthIds])
    .where("user_id", "!=", exceptUserId)
    .where("ended_at", "is", null)
    .where("read_only", "=", 0)
    .execute();
}

/** Active users of an organisation who hold a role (ids and names), for successor pickers. */
export async function activeUsersWithRole(
  db: Db,
  organisationId: string,
  role: string,
): Promise<{ id: string; display_name: string }[]> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name", "roles"])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .orderBy("display_name")
    .execute();
  return rows
    .filter((u) => u.roles.includes(JSON.stringify(role)))
    .map(({ id, display_name }) => ({ id, display_name }));
}

/** The active team leads of a location. */
export async function teamLeadsOf(db: Db, locationId: string): Promise<string[]> {
  return (await activeUsersWithRole(db, locationId, "team_lead")).map((u) => u.id);
}
