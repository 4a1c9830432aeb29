/**
 * The dead letters for the system admin: jobs that used up their retries, newest first, with
 * the job name and last error message only (PRODUCT.md §2: no dossier content).
 */
import { authorize } from "../../domain/policies.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { DeadLettersResponse } from "../../shared/jobs-admin.schema.js";

export async function findDeadLetters(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  limit: number,
): Promise<DeadLettersResponse> {
  authorize(ctx.actor, "jobs.read");
  return { engine: deps.jobs.engine, items: await deps.jobs.deadLetters(limit) };
}
