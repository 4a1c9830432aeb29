/**
 * Who is alerted beyond the circle when a level rises: the care coordinators of the location's
 * region at level 3 and above, the location's team leads at level 4.
 */
import type { Db } from "./youth.repository.js";

export async function usersToAlert(db: Db, locationId: string, level: number): Promise<string[]> {
  if (level < 3) return [];
  const location = await db
    .selectFrom("organisations")
    .select(["region"])
    .where("id", "=", locationId)
    .executeTakeFirst();
  const out: string[] = [];
  if (location?.region) {
    const coordinators = await db
      .selectFrom("users as u")
      .innerJoin("organisations as o", "o.id", "u.organisation_id")
      .select(["u.id", "u.roles"])
      .where("o.type", "=", "care_region")
      .where("o.region", "=", location.region)
      .where("u.status", "=", "active")
      .execute();
    out.push(
      ...coordinators.filter((u) => u.roles.includes('"care_coordinator"')).map((u) => u.id),
    );
  }
  if (level >= 4) {
    const leads = await db
      .selectFrom("users")
      .select(["id", "roles"])
      .where("organisation_id", "=", locationId)
      .where("status", "=", "active")
      .execute();
    out.push(...leads.filter((u) => u.roles.includes('"team_lead"')).map((u) => u.id));
  }
  return out;
}
