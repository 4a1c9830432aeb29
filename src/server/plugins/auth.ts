/**
 * Sessions and CSRF. Every request gets a RequestContext (`request.ctx`); a valid session
 * cookie fills in the actor. State-changing requests made with the cookie must send the
 * session's CSRF token in `x-csrf-token`.
 */
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "../../domain/errors.js";
import { secondFactorPending, tokenRoles } from "../../domain/policies.js";
import type { Role } from "../../domain/roles.js";
import type { AuthenticatedContext, RequestContext } from "../../services/context.js";
import type { ServiceDeps } from "../../services/deps.js";
import { resolveSession, type ActiveSession } from "../../services/auth/session.js";
import { resolveApiToken } from "../../services/tokens/api-tokens.js";
import { rolesOf } from "../../services/users/roles.js";
import { primaryRole, ROLES } from "../../domain/roles.js";

export const SESSION_COOKIE = "inzicht_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * What a person who must still set up 2FA may reach (issue 20): their own login and its second
 * factor (/api/auth/…), the health and readiness checks, the published contract, the public
 * catalogue and the other public routes (the sociale kaart's checks, invitation and reset links).
 * Everything else — every dossier and the access log among it — answers 403
 * second-factor-required. A list of what is allowed, so a new route is closed by default.
 */
const OPEN_BEFORE_SECOND_FACTOR = [
  /^\/api\/auth\//,
  /^\/api\/health(\/|\?|$)/,
  /^\/api\/ready(\/|\?|$)/,
  /^\/api\/csp-report(\?|$)/,
  /^\/api\/openapi\.json(\?|$)/,
  /^\/api\/docs(\/|\?|$)/,
  /^\/api\/catalog(\/|\?|$)/,
  // Public to anyone (security: [] in the contract), so public to a pending person too.
  /^\/api\/contact-checks(\?|$)/,
  /^\/api\/invitations\//,
  /^\/api\/password-resets\//,
  /^\/api\/dev\/outbox(\?|$)/,
];

function refuseUntilSecondFactor(request: FastifyRequest): void {
  if (OPEN_BEFORE_SECOND_FACTOR.some((re) => re.test(request.url))) return;
  throw new DomainError(
    "SECOND_FACTOR_REQUIRED",
    "Set up two-step login first (Settings → Security); until then you can only do that.",
  );
}

declare module "fastify" {
  interface FastifyRequest {
    ctx: RequestContext;
    session: ActiveSession | null;
    /** True when the request authenticated with a bearer token (no cookie, no CSRF). */
    tokenAuth: boolean;
    /** True when the actor's role needs 2FA and they have none yet: they may only enrol. */
    secondFactorPending: boolean;
  }
}

function tokensEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function registerAuth(app: FastifyInstance, deps: ServiceDeps): void {
  app.decorateRequest("ctx", undefined as unknown as RequestContext);
  app.decorateRequest("session", null);
  app.decorateRequest("tokenAuth", false);
  app.decorateRequest("secondFactorPending", false);
  app.addHook("onRequest", async (request) => {
    const now = deps.clock();
    request.ctx = {
      actor: null,
      actorRole: null,
      ip: request.ip,
      client: request.headers["user-agent"]?.slice(0, 200) ?? null,
      requestId: request.id,
      now,
    };
    if (!request.url.startsWith("/api/")) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith("Bearer ")) {
      const resolved = await resolveApiToken(deps, authorization.slice(7).trim(), now);
      if (!resolved)
        throw new DomainError("UNAUTHENTICATED", "The API token is unknown, revoked or expired.");
      // An administrator's token never carries a casework role (no dossier content, PRODUCT.md §2).
      const roles = tokenRoles(
        rolesOf(resolved.user).filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
      );
      const needed = SAFE_METHODS.has(request.method) ? "read" : "write";
      if (!resolved.scopes.includes(needed))
        throw new DomainError("FORBIDDEN", `This API token lacks the "${needed}" scope.`);
      request.tokenAuth = true;
      request.ctx.actor = {
        userId: resolved.user.id,
        roles,
        organisationId: resolved.user.organisation_id,
      };
      request.ctx.actorRole = primaryRole(roles);
      request.ctx.apiTokenId = resolved.id;
      // The access log names the token here and its holder (who created it) as the actor.
      request.ctx.client = `api-token ${resolved.id} ${request.ctx.client ?? ""}`
        .trim()
        .slice(0, 200);
      request.secondFactorPending = secondFactorPending(
        roles,
        deps.config.secondFactor.requiredRoles,
        resolved.user.totp_secret !== null,
      );
      if (request.secondFactorPending) refuseUntilSecondFactor(request);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie || cookie.length > 100) return;
    const session = await resolveSession(deps, cookie, now);
    if (!session) return;
    request.session = session;
    request.ctx.actor = {
      userId: session.user.id,
      roles: session.roles,
      organisationId: session.user.organisation_id,
    };
    request.ctx.actorRole = primaryRole(session.roles);
    request.secondFactorPending = secondFactorPending(
      session.roles,
      deps.config.secondFactor.requiredRoles,
      session.hasSecondFactor,
    );
    if (request.secondFactorPending) refuseUntilSecondFactor(request);
  });
  app.addHook("preValidation", async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.session) return;
    if (request.url === "/api/auth/login" || request.url === "/api/csp-report") return;
    const header = request.headers["x-csrf-token"];
    if (typeof header !== "string" || !tokensEqual(header, request.session.csrfToken)) {
      throw new DomainError("CSRF_FAILED", "Missing or invalid x-csrf-token header.");
    }
  });
}

/** The authenticated context, or a 401. */
export function requireActor(request: FastifyRequest): AuthenticatedContext {
  const { ctx } = request;
  if (!ctx.actor) throw new DomainError("UNAUTHENTICATED", "Log in to continue.");
  return ctx as AuthenticatedContext;
}

/** Sets the session cookie (HttpOnly, SameSite=Strict, Secure over https). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  expires: Date,
): void {
  reply.setCookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
    path: "/",
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

export const newRequestId = (): string => randomUUID();
