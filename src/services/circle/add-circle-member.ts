/** Adds a professional to a youth's circle (by user id or email). */
import { randomUUID } from "node:crypto";
import { DomainError, validationFailed } from "../../domain/errors.js";
import { allowedRelations, CASEWORK_ROLES } from "../../domain/roles.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findActiveMembership, insertMember } from "../../db/repositories/circle.repository.js";
import { findUserByEmail, findUserById, rolesOf } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "../youths/reach-youth.js";

export async function addCircleMember(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  input: { userId?: string | undefined; email?: string | undefined; relation: string },
): Promise<{ id: string }> {
  const { youth } = await reachYouth(deps, ctx, youthId, "circle.manage");
  const user = input.userId
    ? await findUserById(deps.db, input.userId)
    : input.email
      ? await findUserByEmail(deps.db, input.email)
      : undefined;
  if (
    !user ||
    user.status !== "active" ||
    !rolesOf(user).some((r) => (CASEWORK_ROLES as readonly string[]).includes(r))
  ) {
    throw validationFailed("No active professional with this account can join a circle.", [
      { path: input.userId ? "userId" : "email", message: "unknown or not a professional" },
    ]);
  }
  const allowed = allowedRelations(rolesOf(user));
  if (!(allowed as readonly string[]).includes(input.relation)) {
    throw validationFailed(`This professional can join the circle as: ${allowed.join(", ")}.`, [
      { path: "relation", message: `one of ${allowed.join(", ")}` },
    ]);
  }
  const at = ctx.now.toISOString();
  const existing = await findActiveMembership(deps.db, youth.id, user.id, at);
  if (existing.some((m) => m.read_only === 0))
    throw new DomainError("CONFLICT", "This professional is already in the circle.");
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await insertMember(trx, {
      id,
      youth_id: youth.id,
      user_id: user.id,
      relation: input.relation,
      read_only: 0,
      access_until: null,
      added_by: ctx.actor.userId,
      added_at: at,
      ended_at: null,
      ended_by: null,
      ended_reason_enc: null,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "circle.add",
      youthId: youth.id,
      recordType: "circle_member",
      recordIds: [id, user.id],
      details: { relation: input.relation },
    });
  });
  return { id };
}
