import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  invitationCreateBody,
  invitationImportBody,
  invitationListQuery,
  invitationParams,
  linkTokenParams,
  newPasswordBody,
} from "../../../shared/invitation.schema.js";
import { createInvitation } from "../../../services/invitations/create-invitation.js";
import { importInvitations } from "../../../services/invitations/import-invitations.js";
import { findOpenInvitationsFor } from "../../../services/invitations/find-open-invitations.js";
import { withdrawInvitation } from "../../../services/invitations/withdraw-invitation.js";
import {
  acceptInvitation,
  getInvitation,
} from "../../../services/invitations/accept-invitation.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { noContent, okOrProblems, problemResponses, PUBLIC } from "../../openapi.js";

/** Invitations (issue 19): an admin invites; the invitee opens the link and sets a password. */
export const invitationRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/admin/invitations",
      {
        schema: {
          tags: ["admin"],
          operationId: "inviteUser",
          summary:
            "Invite a colleague (name, e-mail, role): an org admin into their own organisation, the system admin into any; the mail waits in the outbox",
          body: invitationCreateBody,
          response: { 201: z.unknown(), ...okOrProblems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createInvitation(deps, requireActor(request), request.body)),
    );
    app.get(
      "/api/admin/invitations",
      {
        schema: {
          tags: ["admin"],
          operationId: "listOpenInvitations",
          summary:
            "Open invitations (not accepted, not withdrawn, not expired): an org admin's own organisation's, the system admin's all or one organisation's",
          querystring: invitationListQuery,
          response: okOrProblems(400, 401, 403),
        },
      },
      async (request) => findOpenInvitationsFor(deps, requireActor(request), request.query),
    );
    app.delete(
      "/api/admin/invitations/:invitationId",
      {
        schema: {
          tags: ["admin"],
          operationId: "withdrawInvitation",
          summary:
            "Withdraw an open invitation: its link then answers like an expired one (logged)",
          params: invitationParams,
          response: { ...noContent, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await withdrawInvitation(deps, requireActor(request), request.params.invitationId);
        return reply.code(204).send(undefined as never);
      },
    );
    app.post(
      "/api/admin/invitations/import",
      {
        schema: {
          tags: ["admin"],
          operationId: "importInvitations",
          summary:
            "Invite colleagues from a CSV (name, email, role): a dry run lists every problem per line; the real run creates all or nothing",
          body: invitationImportBody,
          response: okOrProblems(400, 401, 403, 404),
        },
      },
      async (request) => importInvitations(deps, requireActor(request), request.body),
    );
    app.get(
      "/api/invitations/:token",
      {
        schema: {
          tags: ["auth"],
          operationId: "getInvitation",
          summary:
            "The invitation behind a link (name, e-mail, organisation, role); 404 when unknown, used or expired",
          params: linkTokenParams,
          security: PUBLIC,
          response: okOrProblems(400, 404, 429),
        },
      },
      async (request) => getInvitation(deps, request.ctx, request.params.token),
    );
    app.post(
      "/api/invitations/:token/acceptance",
      {
        schema: {
          tags: ["auth"],
          operationId: "acceptInvitation",
          summary:
            "Accept an invitation by choosing a password (at least 12 characters, not a common one); the link then stops working",
          params: linkTokenParams,
          body: newPasswordBody,
          security: PUBLIC,
          response: { 201: z.unknown(), ...okOrProblems(400, 404, 409, 429) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await acceptInvitation(deps, request.ctx, request.params.token, request.body.password),
          ),
    );
  };
