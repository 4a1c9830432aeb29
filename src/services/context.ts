/**
 * The request context passed explicitly into every service: who acts, from where, and when.
 */
import type { Actor } from "../domain/policies.js";
import type { AuditContext } from "../db/repositories/audit.repository.js";

export interface RequestContext {
  actor: Actor | null;
  /** Primary role used in the access log. */
  actorRole: string | null;
  ip: string | null;
  client: string | null;
  requestId: string;
  now: Date;
  /**
   * The API token the request was made with (its holder is `actor`), or absent for a session.
   * The token's id is written into the access log's `client`, so an entry names both.
   */
  apiTokenId?: string | null;
}

export interface AuthenticatedContext extends RequestContext {
  actor: Actor;
}

/** The audit columns of a context. */
export function auditContext(ctx: RequestContext): AuditContext {
  return {
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actorRole,
    actorOrgId: ctx.actor?.organisationId ?? null,
    ip: ctx.ip,
    client: ctx.client,
    now: ctx.now,
  };
}
