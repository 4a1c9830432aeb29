import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recoveryCodesView, secondFactorView } from "../../../shared/auth.schema.js";
import { getSecondFactor } from "../../../services/auth/second-factor-state.js";
import { renewRecoveryCodes } from "../../../services/auth/recovery-codes.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { DomainError } from "../../../domain/errors.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses, SESSION_ONLY } from "../../openapi.js";
import { reauthBody } from "../tokens/tokens.routes.js";

/** The settings page's two-step login: its state and new recovery codes (issue 19/20). */
export const secondFactorRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/auth/second-factor",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Your two-step login: required for your role, on or off, recovery codes left (session only)",
          security: SESSION_ONLY,
          response: { 200: secondFactorView, ...problemResponses(401, 403) },
        },
      },
      async (request) => {
        requireActor(request);
        const session = request.session;
        if (!session)
          throw new DomainError("FORBIDDEN", "Only a logged-in session can see its second factor.");
        return getSecondFactor(deps, session.user, session.roles, session.hasSecondFactor);
      },
    );
    app.post(
      "/api/auth/recovery-codes",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Replace your recovery codes (the password and a current code); the new set is shown once",
          body: reauthBody,
          security: SESSION_ONLY,
          response: { 200: recoveryCodesView, ...problemResponses(400, 401, 403, 409, 429) },
        },
      },
      async (request) => renewRecoveryCodes(deps, requireActor(request), request.body),
    );
  };
