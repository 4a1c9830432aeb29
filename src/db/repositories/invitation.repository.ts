/** Invitations and password reset links: rows found by the sha-256 of their token. */
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database } from "../schema.js";
import type { InvitationTable, PasswordResetTable } from "../mail-schema.js";
import type { UserTable } from "../schema.js";

type Db = Kysely<Database> | Transaction<Database>;
/** A transaction, for services that store an invitation inside a larger one (CSV import). */
export type Trx = Transaction<Database>;
export type InvitationRow = Selectable<InvitationTable>;
export type PasswordResetRow = Selectable<PasswordResetTable>;

export async function insertInvitation(db: Db, row: InvitationRow): Promise<void> {
  await db.insertInto("invitations").values(row).execute();
}

export function findInvitationByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks it accepted by this user, only if it was still open (so a link works once). */
export async function markInvitationAccepted(
  db: Db,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ accepted_at: at, user_id: userId })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open (not accepted, not withdrawn, not expired) invitations of an organisation, newest first. */
export function findOpenInvitations(
  db: Db,
  organisationId: string | null,
  now: string,
): Promise<InvitationRow[]> {
  let q = db
    .selectFrom("invitations")
    .selectAll()
    .where("accepted_at", "is", null)
    .where("withdrawn_at", "is", null)
    .where("expires_at", ">", now);
  if (organisationId !== null) q = q.where("organisation_id", "=", organisationId);
  return q.orderBy("created_at", "desc").limit(500).execute();
}

export function findInvitationById(db: Db, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom("invitations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Marks it withdrawn, only if it was still open (not accepted, not withdrawn, not expired). */
export async function markInvitationWithdrawn(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ withdrawn_at: at })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("withdrawn_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertUserRow(db: Db, row: Insertable<UserTable>): Promise<void> {
  await db.insertInto("users").values(row).execute();
}

export async function insertPasswordReset(db: Db, row: PasswordResetRow): Promise<void> {
  await db.insertInto("password_resets").values(row).execute();
}

export function findPasswordResetByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<PasswordResetRow | undefined> {
  return db
    .selectFrom("password_resets")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks the link used, only if it was unused (single use, also under concurrency). */
export async function markPasswordResetUsed(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("password_resets")
    .set({ used_at: at })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets a new password hash; clears the failed-login count and lock. */
export async function setPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
  at: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, updated_at: at })
    .where("id", "=", userId)
    .execute();
}

/** Ends every session of a user (after a password reset); returns how many. */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Counts reset links issued for a user since `since` (a cap per account). */
export async function countRecentResets(db: Db, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom("password_resets")
    .select(sql<number>`count(*)`.as("n"))
    .where("user_id", "=", userId)
    .where("created_at", ">", since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** True when an account with this (lower-case) address exists. */
export async function userEmailTaken(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** An active organisation's name, or undefined (deactivated or unknown). */
export async function findActiveOrganisationName(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", id)
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  return row?.name;
}

/** An active account by its address. */
export function findActiveUserByEmail(
  db: Db,
  email: string,
): Promise<Selectable<UserTable> | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.trim().toLowerCase())
    .where("status", "=", "active")
    .executeTakeFirst();
}

/** An active account by its id. */
export function findActiveUserById(db: Db, id: string): Promise<Selectable<UserTable> | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "active")
    .executeTakeFirst();
}
