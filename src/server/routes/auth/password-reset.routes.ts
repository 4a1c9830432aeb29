import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  linkTokenParams,
  newPasswordBody,
  passwordResetRequestBody,
} from "../../../shared/invitation.schema.js";
import { requestPasswordReset } from "../../../services/auth/request-password-reset.js";
import { getPasswordReset, resetPassword } from "../../../services/auth/reset-password.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { okOrProblems, PUBLIC } from "../../openapi.js";

/** "Password forgotten" (issue 19): ask for a link; open it; set a new password. */
export const passwordResetRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/auth/password-reset",
      {
        schema: {
          tags: ["auth"],
          operationId: "requestPasswordReset",
          summary:
            "Ask for a password reset link by e-mail; the answer is the same whether or not the address has an account",
          body: passwordResetRequestBody,
          security: PUBLIC,
          response: { 202: z.unknown(), ...okOrProblems(400, 429) },
        },
      },
      async (request, reply) =>
        reply.code(202).send(await requestPasswordReset(deps, request.ctx, request.body)),
    );
    app.get(
      "/api/password-resets/:token",
      {
        schema: {
          tags: ["auth"],
          operationId: "getPasswordReset",
          summary: "Whether a reset link can still be used (and for which address); 404 otherwise",
          params: linkTokenParams,
          security: PUBLIC,
          response: okOrProblems(400, 404, 429),
        },
      },
      async (request) => getPasswordReset(deps, request.ctx, request.params.token),
    );
    app.post(
      "/api/password-resets/:token",
      {
        schema: {
          tags: ["auth"],
          operationId: "resetPassword",
          summary:
            "Set a new password with a reset link; the link is used up and every session of the account ends",
          params: linkTokenParams,
          body: newPasswordBody,
          security: PUBLIC,
          response: okOrProblems(400, 404, 429),
        },
      },
      async (request) =>
        resetPassword(deps, request.ctx, request.params.token, request.body.password),
    );
  };
