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
  const idleLimit =
    new Date(session.last_seen_at).getTime() + deps.config.session.idleMinutes * 60_000;
  if (new Date(session.expires_at).getTime() <= now.getTime() || idleLimit <= now.getTime()) {
    await deleteSession(deps.db, idHash);
    return null;
  }
  const user = await findUserById(deps.db, session.user_id);
  if (!user || user.status !== "active") return null;
  // Write the idle clock at most once a minute.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) {
    await touchSession(deps.db, idHash, now.toISOString());
  }
  const roles = rolesOf(user).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return { user, roles, csrfToken: session.csrf_token, idHash };
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
