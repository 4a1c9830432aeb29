/** Organisations as the system admin manages them: with counts, renamed and deactivated. */
import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database, OrganisationTable } from "../schema.js";

type Db = Kysely<Database> | Transaction<Database>;
export type OrganisationAdminRow = Selectable<OrganisationTable> & {
  active_users: number;
  youths: number;
};

/** Every organisation with its number of active users and of youths located there now. */
export async function listOrganisationsWithCounts(db: Db): Promise<OrganisationAdminRow[]> {
  const rows = await db
    .selectFrom("organisations as o")
    .selectAll("o")
    .select((eb) => [
      eb
        .selectFrom("users as u")
        .select(sql<number>`count(*)`.as("n"))
        .whereRef("u.organisation_id", "=", "o.id")
        .where("u.status", "=", "active")
        .as("active_users"),
      eb
        .selectFrom("youths as y")
        .select(sql<number>`count(*)`.as("n"))
        .whereRef("y.location_id", "=", "o.id")
        .where("y.status", "!=", "closed")
        .as("youths"),
    ])
    .orderBy("o.name")
    .execute();
  return rows.map((r) => ({
    ...r,
    active_users: Number(r.active_users ?? 0),
    youths: Number(r.youths ?? 0),
  }));
}

/** One organisation with its counts, or undefined. */
export async function findOrganisationWithCounts(
  db: Db,
  id: string,
): Promise<OrganisationAdminRow | undefined> {
  const rows = await listOrganisationsWithCounts(db);
  return rows.find((r) => r.id === id);
}

/** True when another organisation already has this name (case-insensitive). */
export async function organisationNameTaken(db: Db, name: string, exceptId?: string) {
  let q = db
    .selectFrom("organisations")
    .select("id")
    .where(sql<string>`lower(name)`, "=", name.toLowerCase());
  if (exceptId) q = q.where("id", "!=", exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertOrganisation(
  db: Db,
  row: { id: string; name: string; type: string; region: string | null; created_at: string },
): Promise<void> {
  await db.insertInto("organisations").values(row).execute();
}

/**
 * Changes name, type or region when the stored version is still `version`; bumps the version.
 * Returns false when the version moved on (a stale edit).
 */
export async function updateOrganisationVersioned(
  db: Db,
  id: string,
  version: number,
  patch: { name?: string; type?: string; region?: string | null; deactivated_at?: string },
): Promise<boolean> {
  const result = await db
    .updateTable("organisations")
    .set({ ...patch, version: sql<number>`version + 1` })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
