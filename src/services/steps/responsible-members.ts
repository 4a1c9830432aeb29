/** Who can be responsible for a review: active circle members who may write. */
import { listMembers } from "../../db/repositories/circle.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import { validationFailed } from "../../domain/errors.js";
import type { PersonRef } from "../../shared/steps-view.schema.js";

/** Active, writing members of the circle at `at`. */
export async function responsibleOptions(
  db: Db,
  youthId: string,
  at: string,
): Promise<PersonRef[]> {
  const rows = await listMembers(db, youthId);
  const seen = new Set<string>();
  const out: PersonRef[] = [];
  for (const m of rows) {
    const active = m.ended_at === null && (m.access_until === null || m.access_until > at);
    if (!active || m.read_only === 1 || seen.has(m.user_id)) continue;
    seen.add(m.user_id);
    out.push({ id: m.user_id, name: m.display_name, organisation: m.organisation_name });
  }
  return out;
}

/** Throws VALIDATION_FAILED unless the user may be responsible for a review of this youth. */
export async function assertResponsible(
  db: Db,
  youthId: string,
  userId: string,
  at: string,
  path: string,
): Promise<void> {
  const options = await responsibleOptions(db, youthId, at);
  if (!options.some((o) => o.id === userId))
    throw validationFailed("The responsible person must be in the circle.", [
      { path, message: "not in the circle" },
    ]);
}

/** A review date (YYYY-MM-DD) as the moment it is due: 08:00 UTC that day. */
export function reviewDueAt(date: string): string {
  return `${date}T08:00:00.000Z`;
}
