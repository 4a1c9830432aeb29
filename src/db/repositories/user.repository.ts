/** Users and organisations. */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, OrganisationTable, UserTable } from "../schema.js";

export type UserRow = Selectable<UserTable>;
export type OrganisationRow = Selectable<OrganisationTable>;

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findOrganisation(
  db: Kysely<Database>,
  id: string,
): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listOrganisations(db: Kysely<Database>): Promise<OrganisationRow[]> {
  return db.selectFrom("organisations").selectAll().orderBy("name").execute();
}

/** Records a failed login; locks the account for `lockMinutes` after `maxFailures`. */
export async function recordLoginFailure(
  db: Kysely<Database>,
  user: UserRow,
  now: Date,
  maxFailures: number,
  lockMinutes: number,
): Promise<void> {
  const failures = user.failed_logins + 1;
  const locked = failures >= maxFailures;
  await db
    .updateTable("users")
    .set({
      failed_logins: locked ? 0 : failures,
      locked_until: locked
        ? new Date(now.getTime() + lockMinutes * 60_000).toISOString()
        : user.locked_until,
      updated_at: now.toISOString(),
    })
    .where("id", "=", user.id)
    .execute();
}

export async function resetLoginFailures(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ failed_logins: 0, locked_until: null, updated_at: now.toISOString() })
    .where("id", "=", userId)
    .execute();
}

/** Parses the JSON roles column. */
export function rolesOf(user: Pick<UserRow, "roles">): string[] {
  const parsed: unknown = JSON.parse(user.roles);
  return Array.isArray(parsed) ? parsed.filter((r): r is string => typeof r === "string") : [];
}

/** Turns 2FA on (an encrypted TOTP secret) or off (null). */
export async function setTotpSecret(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
  encrypted: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ totp_secret: encrypted, updated_at: at })
    .where("id", "=", userId)
    .execute();
}
