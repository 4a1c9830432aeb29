import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  accessRequestBody,
  addMemberBody,
  decideRequestBody,
  emergencyBody,
  memberParams,
  removeMemberBody,
  requestParams,
  youthIdParams,
} from "../../../shared/youth.schema.js";
import { addCircleMember } from "../../../services/circle/add-circle-member.js";
import { decideAccess } from "../../../services/circle/decide-access-request.js";
import { getCircle } from "../../../services/circle/get-circle.js";
import { grantEmergencyAccess } from "../../../services/circle/grant-emergency-access.js";
import { removeCircleMember } from "../../../services/circle/remove-circle-member.js";
import { requestAccess } from "../../../services/circle/request-access.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { noContent, problemResponses } from "../../openapi.js";
import { circleViewSchema } from "../../../shared/api/circle.js";

const created = { 201: z.object({ id: z.string() }) };

/** The circle, access requests and emergency access of one youth. */
export const circleRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/youths/:id/circle",
      {
        schema: {
          tags: ["circle"],
          summary: "Current and former circle members",
          params: youthIdParams,
          response: { 200: circleViewSchema, ...problemResponses(401, 404) },
        },
      },
      async (request) => getCircle(deps, requireActor(request), request.params.id),
    );
    app.post(
      "/api/youths/:id/circle",
      {
        schema: {
          tags: ["circle"],
          summary: "Add a professional to the circle",
          params: youthIdParams,
          body: addMemberBody,
          response: { ...created, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await addCircleMember(deps, requireActor(request), request.params.id, request.body),
          ),
    );
    app.delete(
      "/api/youths/:id/circle/:memberId",
      {
        schema: {
          tags: ["circle"],
          summary: "End a membership (kept in history)",
          params: memberParams,
          body: removeMemberBody,
          response: { ...noContent, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await removeCircleMember(
          deps,
          requireActor(request),
          request.params.id,
          request.params.memberId,
          request.body.reason,
        );
        return reply.code(204).send(undefined as never);
      },
    );
    app.post(
      "/api/youths/:id/access-requests",
      {
        schema: {
          tags: ["circle"],
          summary: "Ask the circle for access, with a reason",
          params: youthIdParams,
          body: accessRequestBody,
          response: { ...created, ...problemResponses(400, 401, 404, 409, 429) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await requestAccess(
              deps,
              requireActor(request),
              request.params.id,
              request.body.reason,
            ),
          ),
    );
    app.post(
      "/api/youths/:id/access-requests/:requestId/decision",
      {
        schema: {
          tags: ["circle"],
          summary: "Approve or decline an access request",
          params: requestParams,
          body: decideRequestBody,
          response: { ...noContent, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await decideAccess(
          deps,
          requireActor(request),
          request.params.id,
          request.params.requestId,
          request.body.decision,
        );
        return reply.code(204).send(undefined as never);
      },
    );
    app.post(
      "/api/youths/:id/emergency-access",
      {
        schema: {
          tags: ["circle"],
          summary: "Break the glass: 24 hours of access with a reason, shown to the circle",
          params: youthIdParams,
          body: emergencyBody,
          response: {
            201: z.object({ id: z.string(), expiresAt: z.string() }),
            ...problemResponses(400, 401, 403, 404, 429),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await grantEmergencyAccess(
              deps,
              requireActor(request),
              request.params.id,
              request.body.reason,
            ),
          ),
    );
  };
