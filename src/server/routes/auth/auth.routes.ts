import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { loginBody, sessionView, twoFactorRequired } from "../../../shared/auth.schema.js";
import { login } from "../../../services/auth/login.js";
import { logout } from "../../../services/auth/session.js";
import { getOwnProfile } from "../../../services/auth/get-own-profile.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { secondFactorState } from "../../../services/auth/second-factor-state.js";
import { knownRoles } from "../../../services/users/roles.js";
import {
  clearSessionCookie,
  requireActor,
  SESSION_COOKIE,
  setSessionCookie,
} from "../../plugins/auth.js";
import { noContent, PUBLIC, problemResponses } from "../../openapi.js";

/** POST /api/auth/login, GET /api/auth/me, POST /api/auth/logout (API.md). */
export const authRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/auth/login",
      {
        schema: {
          tags: ["auth"],
          summary: "Log in with email and password (and TOTP when 2FA is on)",
          body: loginBody,
          security: PUBLIC,
          response: { 200: sessionView.or(twoFactorRequired), ...problemResponses(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const result = await login(deps, request.ctx, {
          ...request.body,
          previousSessionId: request.cookies[SESSION_COOKIE],
        });
        if (result.kind === "two_factor_required") return { twoFactorRequired: true as const };
        setSessionCookie(request, reply, result.sessionId, result.expiresAt);
        const user = await getOwnProfile(deps, result.user);
        return {
          user,
          csrfToken: result.csrfToken,
          demo: deps.config.demo,
          secondFactor: secondFactorState(
            deps,
            result.user,
            knownRoles(result.user),
            result.user.totp_secret !== null,
          ),
        };
      },
    );

    app.get(
      "/api/auth/me",
      {
        schema: {
          tags: ["auth"],
          summary: "The logged-in user",
          response: { 200: sessionView, ...problemResponses(401) },
        },
      },
      async (request) => {
        requireActor(request);
        const session = request.session;
        if (!session) throw new Error("unreachable: actor without session");
        return {
          user: await getOwnProfile(deps, session.user),
          csrfToken: session.csrfToken,
          demo: deps.config.demo,
          secondFactor: secondFactorState(
            deps,
            session.user,
            session.roles,
            session.hasSecondFactor,
          ),
        };
      },
    );

    app.post(
      "/api/auth/logout",
      {
        schema: {
          tags: ["auth"],
          summary: "Log out",
          response: { ...noContent, ...problemResponses(401, 403) },
        },
      },
      async (request, reply) => {
        const ctx = requireActor(request);
        await logout(deps, ctx, request.cookies[SESSION_COOKIE]);
        clearSessionCookie(reply);
        return reply.code(204).send(undefined as never);
      },
    );
  };
