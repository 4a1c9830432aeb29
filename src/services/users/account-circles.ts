/**
 * The circles an account is in, as an administrator sees them before a deactivation: per youth
 * the short code (start of the id) and current location, the account's relation, and whether a
 * successor is required — the account is the youth's only active mentor or guardian, so the
 * youth would be left without one (issue 19). Never a youth's name or a dossier field:
 * administrators see no dossier content (PRODUCT.md §2, docs/authorization.md).
 */
import type { CircleRelation } from "../../domain/roles.js";
import {
  activeMembershipsOf,
  activeUsersWithRole,
  otherWritingMembers,
  type UserAdminRow,
} from "../../db/repositories/user-admin.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import type { AdminAccountCircles } from "../../shared/user-admin.schema.js";

/** The relations a youth must not be left without. */
export const SUCCESSOR_RELATIONS: readonly CircleRelation[] = ["mentor", "guardian"];

/** A youth's short code for administrators: the start of its id (as the access log shows it). */
export function youthCode(youthId: string): string {
  return youthId.slice(0, 8).toUpperCase();
}

export async function accountCircles(
  db: Db,
  account: UserAdminRow,
  at: string,
): Promise<AdminAccountCircles> {
  const memberships = await activeMembershipsOf(db, account.id, at);
  const others = await otherWritingMembers(
    db,
    memberships.map((m) => m.youth_id),
    account.id,
  );
  const items = memberships.map((m) => {
    const relation = m.relation as CircleRelation;
    const successorRelation = SUCCESSOR_RELATIONS.includes(relation) && m.read_only === 0;
    const covered = others.some((o) => o.youth_id === m.youth_id && o.relation === relation);
    return {
      membershipId: m.id,
      youthId: m.youth_id,
      youthCode: youthCode(m.youth_id),
      location: { id: m.location_id, name: m.location_name },
      relation,
      readOnly: m.read_only === 1,
      needsSuccessor: successorRelation && !covered,
    };
  });
  const candidates: AdminAccountCircles["candidates"] = {};
  for (const relation of SUCCESSOR_RELATIONS) {
    if (!items.some((i) => i.relation === relation && !i.readOnly)) continue;
    const people = await activeUsersWithRole(db, account.organisation_id, relation);
    candidates[relation] = people
      .filter((p) => p.id !== account.id)
      .map((p) => ({ id: p.id, displayName: p.display_name }));
  }
  return { items, candidates };
}
