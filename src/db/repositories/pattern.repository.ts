/**
 * Entities on signals and the look-ups that find patterns across youths (issue 25). Matching is
 * on the keyed blind index `value_idx` only; a retracted signal's entities never match.
 */
import type { Insertable } from "kysely";
import type { Actor } from "../../domain/policies.js";
import { reachableBy } from "../reachability.js";
import type { SignalEntityTable } from "../schema.js";
import type { Db } from "./youth.repository.js";

/** How many index values go into one `in (…)` list. */
const CHUNK = 500;

export async function insertSignalEntities(
  db: Db,
  rows: Insertable<SignalEntityTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto("signal_entities").values(rows).execute();
}

/** The region of an organisation (the care coordinator's own), or null. */
export async function organisationRegion(db: Db, organisationId: string): Promise<string | null> {
  const row = await db
    .selectFrom("organisations")
    .select("region")
    .where("id", "=", organisationId)
    .executeTakeFirst();
  return row?.region ?? null;
}

/**
 * The blind indexes of active entities on youths located in `region` that the actor may reach
 * (optionally of one youth only).
 */
export async function indexesInReach(
  db: Db,
  actor: Actor,
  now: Date,
  region: string,
  youthId?: string,
): Promise<string[]> {
  let q = db
    .selectFrom("signal_entities as e")
    .innerJoin("youths", "youths.id", "e.youth_id")
    .innerJoin("organisations as lo", "lo.id", "youths.location_id")
    .leftJoin("signal_retractions as r", "r.signal_id", "e.signal_id")
    .select("e.value_idx")
    .distinct()
    .where("r.id", "is", null)
    .where("lo.region", "=", region)
    .where(reachableBy(actor, now));
  if (youthId) q = q.where("e.youth_id", "=", youthId);
  const rows = await q.execute();
  return rows.map((r) => r.value_idx);
}

/** Every active entity with one of these blind indexes, with its signal and youth's location. */
export async function activeEntitiesByIndex(db: Db, indexes: readonly string[]) {
  const out = [];
  for (let i = 0; i < indexes.length; i += CHUNK) {
    const chunk = indexes.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom("signal_entities as e")
      .innerJoin("signals as s", "s.id", "e.signal_id")
      .innerJoin("youths as y", "y.id", "e.youth_id")
      .innerJoin("organisations as lo", "lo.id", "y.location_id")
      .leftJoin("signal_retractions as r", "r.signal_id", "e.signal_id")
      .select([
        "e.id",
        "e.youth_id",
        "e.signal_id",
        "e.kind",
        "e.value_enc",
        "e.value_idx",
        "s.observed_at",
        "s.created_at",
        "s.recorded_by",
        "s.recorder_role",
        "s.recorder_org_id",
        "lo.name as location_name",
        "lo.region as location_region",
      ])
      .where("r.id", "is", null)
      .where("e.value_idx", "in", chunk)
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Of these youths, the ones the actor may reach, with their encrypted display name. */
export function reachableYouths(db: Db, actor: Actor, now: Date, youthIds: readonly string[]) {
  if (youthIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("youths")
    .select(["youths.id", "youths.display_name_enc"])
    .where("youths.id", "in", [...youthIds])
    .where(reachableBy(actor, now))
    .execute();
}

/** Display names and organisations of users (the recorders of signals). */
export function usersWithOrganisation(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("users as u")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select(["u.id", "u.display_name", "o.name as organisation"])
    .where("u.id", "in", [...userIds])
    .execute();
}

/** The active care coordinators of the care-region organisations of a region: whom to contact. */
export async function regionCoordinators(db: Db, region: string) {
  const rows = await db
    .selectFrom("users as u")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select(["u.display_name", "u.email", "u.roles", "o.name as organisation"])
    .where("o.type", "=", "care_region")
    .where("o.region", "=", region)
    .where("o.deactivated_at", "is", null)
    .where("u.status", "=", "active")
    .orderBy("u.display_name")
    .execute();
  return rows.filter((u) => u.roles.includes('"care_coordinator"'));
}
