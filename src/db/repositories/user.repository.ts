/** Users and organisations. */
import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
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

/**
 * Records a failed login; locks the account for `lockMinutes` after `maxFailures`. One atomic
 * UPDATE on the row's current count (not the count read earlier), so failures counted by two
 * app instances at the same moment are both kept.
 */
export async function recordLoginFailure(
  db: Kysely<Database>,
  user: Pick<UserRow, "id">,
  now: Date,
  maxFailures: number,
  lockMinutes: number,
): Promise<void> {
  const lockUntil = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
  await db
    .updateTable("users")
    .set({
      failed_logins: sql<number>`case when failed_logins + 1 >= ${maxFailures} then 0 else failed_logins + 1 end`,
      locked_until: sql<
        string | null
      >`case when failed_logins + 1 >= ${maxFailures} then ${lockUntil} else locked_until end`,
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

/**
 * Marks a TOTP time step used, unless this or a later step was already used (RFC 6238 §5.2:
 * a code is accepted once). Atomic, so two instances cannot both accept one code. Returns
 * false for a replayed code.
 */
export async function useTotpStep(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
  step: number,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ totp_last_step: step })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
