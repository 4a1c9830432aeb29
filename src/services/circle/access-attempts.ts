/**
 * Asking for access and breaking the glass must tell a real youth from a made-up id (201/409 vs
 * 404): the requester learned of the youth through the duplicate warning and needs to reach its
 * circle. So the existence check is limited instead: a budget of attempts per user, kept in the
 * database (login_limits, shared by every instance), and every attempt — accepted, refused or
 * over the limit — leaves one access-log entry. See docs/authorization.md.
 */
import { DomainError } from "../../domain/errors.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { RateLimiter } from "../auth/rate-limiter.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

/** Access requests and emergency access together, per user. */
export const ACCESS_ATTEMPT_LIMIT = { attempts: 10, windowMinutes: 60 };

const limiter = new RateLimiter(
  "youth-access",
  ACCESS_ATTEMPT_LIMIT.attempts,
  ACCESS_ATTEMPT_LIMIT.windowMinutes * 60_000,
);

type AttemptAction = "access.request" | "access.emergency";

/**
 * Counts one attempt by the actor, before the youth is looked up, so the answer over the limit
 * (429, logged) is the same for a real youth and a made-up id.
 */
export async function countAccessAttempt(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  action: AttemptAction,
  youthId: string,
): Promise<void> {
  const wait = await limiter.retryAfter(deps, ctx.actor.userId, ctx.now);
  if (wait > 0) {
    await appendAuditNow(deps.db, auditContext(ctx), {
      action,
      outcome: "denied",
      youthId,
      details: { refused: "rate_limited" },
    });
    throw new DomainError(
      "RATE_LIMITED",
      "You asked for access to youths too often in a short time. Try again later.",
      { retryAfterSeconds: wait },
    );
  }
  await limiter.hit(deps, ctx.actor.userId, ctx.now);
}

/** Logs an attempt refused on a youth the actor already reaches (409/403), then returns `error`. */
export async function refusedAttempt(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  action: AttemptAction,
  youthId: string,
  refused: "already_reaches" | "pending_request" | "not_allowed",
  error: DomainError,
): Promise<DomainError> {
  await appendAuditNow(deps.db, auditContext(ctx), {
    action,
    outcome: "denied",
    youthId,
    details: { refused },
  });
  return error;
}
