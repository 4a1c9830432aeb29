/**
 * Loads a youth for a step, report or missing-episode action: out of reach is a logged 404 (via
 * reachYouth), reachable but not allowed is a 403 (src/domain/steps/policies.ts).
 */
import { DomainError } from "../../domain/errors.js";
import { authorizeStep, type StepAction } from "../../domain/steps/policies.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth, type ReachedYouth } from "../youths/reach-youth.js";

/** The youth and the actor's relation, when the actor may take the action. */
export async function reachForStep(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  action: StepAction,
): Promise<ReachedYouth> {
  const reached = await reachYouth(deps, ctx, youthId, "youth.read");
  authorizeStep(ctx.actor, action, reached.relation);
  return reached;
}

/** The 409 for a record someone else changed since the user loaded it. */
export function staleVersion(what: string): DomainError {
  return new DomainError(
    "CONFLICT",
    `This ${what} was changed by someone else. Reload it and try again.`,
  );
}
