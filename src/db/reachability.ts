/**
 * Which youths an actor may reach, as a query filter. Every list and every load of a youth uses
 * this, so the rule lives in one place (mirrors `canReach` in src/domain/policies.ts):
 * an active circle membership (read-only ones until `access_until`), active emergency access,
 * or being a team lead of the youth's current location. Other roles reach no dossier.
 */
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from "kysely";
import { CASEWORK_ROLES } from "../domain/roles.js";
import type { Actor } from "../domain/policies.js";
import type { Database } from "./schema.js";

type YouthEb = ExpressionBuilder<Database, "youths">;

/** A WHERE condition on `youths` that is true for the youths the actor may reach at `now`. */
export function reachableBy(actor: Actor, now: Date): (eb: YouthEb) => Expression<SqlBool> {
  const at = now.toISOString();
  return (eb) => {
    if (!actor.roles.some((r) => CASEWORK_ROLES.includes(r))) return sql<SqlBool>`1 = 0`;
    // `id IN (…)` terms (not correlated EXISTS) let both SQLite and PostgreSQL drive the query
    // from the actor's own memberships and the location index instead of scanning all youths.
    const conditions: Expression<SqlBool>[] = [
      eb(
        "youths.id",
        "in",
        eb
          .selectFrom("circle_members as cm")
          .select("cm.youth_id")
          .where("cm.user_id", "=", actor.userId)
          .where("cm.ended_at", "is", null)
          .where((w) => w.or([w("cm.access_until", "is", null), w("cm.access_until", ">", at)])),
      ),
      eb(
        "youths.id",
        "in",
        eb
          .selectFrom("emergency_access as ea")
          .select("ea.youth_id")
          .where("ea.user_id", "=", actor.userId)
          .where("ea.expires_at", ">", at),
      ),
    ];
    if (actor.roles.includes("team_lead"))
      conditions.push(eb("youths.location_id", "=", actor.organisationId));
    return eb.or(conditions);
  };
}
