import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { lineText, secretText } from "../../../shared/text.schema.js";
import { recoveryCodesView } from "../../../shared/auth.schema.js";
import {
  createApiToken,
  findApiTokens,
  revokeApiToken,
  TOKEN_SCOPES,
} from "../../../services/tokens/api-tokens.js";
import { confirmTotp, disableTotp, setupTotp } from "../../../services/auth/totp.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { noContent, problemResponses, SESSION_ONLY } from "../../openapi.js";
import { apiTokenListSchema } from "../../../shared/api/tokens.js";

const createBody = z
  .object({
    name: lineText(3, 200),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(2),
    expiresInDays: z.number().int().min(1).max(365),
  })
  .strict();

/**
 * Re-authentication for a change to the second factor: the password, and a current code when
 * 2FA is already on (a session alone cannot replace or remove the factor).
 */
export const reauthBody = z
  .object({
    password: secretText(1, 200),
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();

/** API tokens for machine clients (each acts for its creator) and TOTP enrolment (every user). */
export const tokenRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/tokens",
      {
        schema: {
          tags: ["admin"],
          summary:
            "Create a scoped, expiring API token that acts for you, for a machine client (shown once)",
          body: createBody,
          // A token cannot create tokens (createApiToken refuses): a logged-in session only.
          security: SESSION_ONLY,
          response: {
            201: z.object({ id: z.string(), token: z.string(), expiresAt: z.string() }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createApiToken(deps, requireActor(request), request.body)),
    );
    app.get(
      "/api/tokens",
      {
        schema: {
          tags: ["admin"],
          summary:
            "API tokens without the secrets: your own; an admin's organisation (system admin: all)",
          response: { 200: apiTokenListSchema, ...problemResponses(401, 403) },
        },
      },
      async (request) => findApiTokens(deps, requireActor(request)),
    );
    app.post(
      "/api/tokens/:tokenId/revoke",
      {
        schema: {
          tags: ["admin"],
          summary: "Revoke an API token (404 outside your scope)",
          params: z.object({ tokenId: z.string().uuid() }).strict(),
          response: { ...noContent, ...problemResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await revokeApiToken(deps, requireActor(request), request.params.tokenId);
        return reply.code(204).send(undefined as never);
      },
    );
    app.post(
      "/api/auth/totp/setup",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Start 2FA or replace it: the password (and a current code when 2FA is on), then a new TOTP secret and otpauth:// URL",
          body: reauthBody,
          response: {
            200: z.object({ secret: z.string(), otpauthUrl: z.string() }),
            ...problemResponses(400, 401, 403, 429),
          },
        },
      },
      async (request) => setupTotp(deps, requireActor(request), request.body),
    );
    app.post(
      "/api/auth/totp/confirm",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Turn 2FA on with a code from the app; answers a new set of recovery codes, shown once",
          body: z.object({ totp: z.string().regex(/^\d{6}$/) }).strict(),
          response: { 200: recoveryCodesView, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request) => confirmTotp(deps, requireActor(request), request.body.totp),
    );
    app.post(
      "/api/auth/totp/disable",
      {
        schema: {
          tags: ["auth"],
          summary: "Turn 2FA off with the password and a current code",
          body: reauthBody,
          response: { ...noContent, ...problemResponses(400, 401, 403, 409, 429) },
        },
      },
      async (request, reply) => {
        await disableTotp(deps, requireActor(request), request.body);
        return reply.code(204).send(undefined as never);
      },
    );
  };
