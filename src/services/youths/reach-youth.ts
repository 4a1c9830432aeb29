/**
 * Loads a youth for an actor and an action. Out of reach (or not existing) is a NOT_FOUND that
 * reveals nothing, and the attempt is written to the access log.
 */
import { DomainError, notFound } from "../../domain/errors.js";
import {
  allowedOnYouth,
  canReach,
  type YouthAction,
  type YouthRelation,
} from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import {
  findYouthRow,
  loadRelation,
  type YouthRow,
} from "../../db/repositories/youth.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export interface ReachedYouth {
  youth: YouthRow;
  relation: YouthRelation;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The youth and the actor's relation, or NOT_FOUND (logged); FORBIDDEN when reachable but not allowed. */
export async function reachYouth(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  action: YouthAction,
): Promise<ReachedYouth> {
  const youth = UUID.test(youthId) ? await findYouthRow(deps.db, youthId) : undefined;
  const relation = youth ? await loadRelation(deps.db, ctx.actor, youth, ctx.now) : null;
  if (!youth || !relation || !canReach(ctx.actor, relation))
    throw await refuseOutOfReach(deps, ctx, youthId, action);
  if (!allowedOnYouth(ctx.actor, action, relation)) {
    throw new DomainError("FORBIDDEN", "You are not allowed to do this for this youth.");
  }
  return { youth, relation };
}

/**
 * The answer for a youth outside the actor's reach (or not existing): the attempt goes into the
 * access log and the caller throws the returned NOT_FOUND, which reveals nothing.
 */
export async function refuseOutOfReach(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  action: YouthAction,
): Promise<DomainError> {
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "youth.denied",
    outcome: "denied",
    youthId: UUID.test(youthId) ? youthId : null,
    details: { attempted: action },
  });
  return notFound("youth");
}
