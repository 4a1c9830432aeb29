/**
 * Resolves a session cookie to the acting user, enforcing idle and absolute timeouts.
 */
import type { Role } from "../../domain/roles.js";
import { ROLES } from "../../domain/roles.js";
import {
  deleteSession,
  findSession,
  hashSessionId,
  touchSession,
} from "../../db/repositories/session.repository.js";
import { findUserById, rolesOf, type UserRow } from "../../db/repositories/user.repository.js";
import type { ServiceDeps } from "../deps.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { auditContext, type RequestContext } from "../context.js";

export interface ActiveSession {
  user: UserRow;
  roles: Role[];
  csrfToken: string;
  idHash: string;
  /** The person has a second factor: TOTP is on for the account. */
  hasSecondFactor: boolean;
}

/**
 * How stale last-seen may get before a request writes it again: at most 30 s and at most a
 * thirtieth of the idle limit (2 s for a 1-minute limit). A session is then ended no more than
 * this much earlier than the configured idle limit after its real last use; before, with a fixed
 * minute, a session used at 50 s was refused at 75 s under a 1-minute limit.
 */
export function touchIntervalMs(idleMs: number): number {
  return Math.min(30_000, Math.floor(idleMs / 30));
}

/** Returns the session's user, or null when the session is unknown, expired or idle too long. */
export async function resolveSession(
  deps: ServiceDeps,
  sessionId: string,
  now: Date,
): Promise<ActiveSession | null> {
  const idHash = hashSessionId(sessionId);
  const session = await findSession(deps.db, idHash);
  if (!session) return null;
  const idleMs = deps.config.session.idleMinutes * 60_000;
  const idleLimit = new Date(session.last_seen_at).getTime() + idleMs;
  if (new Date(session.expires_at).getTime() <= now.getTime() || idleLimit <= now.getTime()) {
    await deleteSession(deps.db, idHash);
    return null;
  }
  const user = await findUserById(deps.db, session.user_id);
  if (!user || user.status !== "active") return null;
  // The idle clock is written only when it is older than touchIntervalMs, to spare the database
  // a write per request; the idle limit then holds to within that interval (seconds).
  if (now.getTime() - new Date(session.last_seen_at).getTime() >= touchIntervalMs(idleMs)) {
    await touchSession(deps.db, idHash, now.toISOString());
  }
  const roles = rolesOf(user).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    user,
    roles,
    csrfToken: session.csrf_token,
    idHash,
    hasSecondFactor: user.totp_secret !== null,
  };
}

/** Ends a session and records the logout in the access log. */
export async function logout(
  deps: ServiceDeps,
  ctx: RequestContext,
  sessionId: string | undefined,
): Promise<void> {
  if (sessionId) await deleteSession(deps.db, hashSessionId(sessionId));
  await appendAuditNow(deps.db, auditContext(ctx), { action: "auth.logout" });
}
