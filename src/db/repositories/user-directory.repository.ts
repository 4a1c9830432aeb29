/** Active users with their organisation, for the directory. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export function listActiveUsers(
  db: Kysely<Database>,
  f: { organisationId?: string | undefined; limit: number },
) {
  let q = db
    .selectFrom("users as u")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "u.id",
      "u.display_name",
      "u.email",
      "u.roles",
      "u.organisation_id",
      "o.name as organisation_name",
    ])
    .where("u.status", "=", "active");
  if (f.organisationId) q = q.where("u.organisation_id", "=", f.organisationId);
  return q.orderBy("u.display_name").limit(f.limit).execute();
}
