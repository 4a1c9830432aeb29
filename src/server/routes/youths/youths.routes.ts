import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  listYouthsQuery,
  registerYouthBody,
  relocateBody,
  updateYouthBody,
  youthIdParams,
} from "../../../shared/youth.schema.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { findYouths } from "../../../services/youths/find-youths.js";
import { getYouth } from "../../../services/youths/get-youth.js";
import { registerYouth } from "../../../services/youths/register-youth.js";
import { relocateYouth } from "../../../services/youths/relocate-youth.js";
import { updateYouth } from "../../../services/youths/update-youth.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { youthDossierSchema, youthPageSchema } from "../../../shared/api/youths.js";

/** /api/youths: list, register, read, update, relocate (API.md). */
export const youthRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/youths",
      {
        schema: {
          tags: ["youths"],
          summary: "Reachable youths, highest level first",
          querystring: listYouthsQuery,
          response: { 200: youthPageSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findYouths(deps, requireActor(request), request.query),
    );
    app.post(
      "/api/youths",
      {
        schema: {
          tags: ["youths"],
          summary:
            "Register a youth (409 with the organisation to contact when a dossier may exist)",
          body: registerYouthBody,
          response: { 201: z.object({ id: z.string() }), ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await registerYouth(deps, requireActor(request), request.body)),
    );
    app.get(
      "/api/youths/:id",
      {
        schema: {
          tags: ["youths"],
          summary: "One dossier with abilities",
          params: youthIdParams,
          response: { 200: youthDossierSchema, ...problemResponses(401, 404) },
        },
      },
      async (request) => getYouth(deps, requireActor(request), request.params.id),
    );
    app.patch(
      "/api/youths/:id",
      {
        schema: {
          tags: ["youths"],
          summary: "Update a dossier; send the version you saw (stale → 409)",
          params: youthIdParams,
          body: updateYouthBody,
          response: {
            200: z.object({ version: z.number() }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => updateYouth(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      "/api/youths/:id/relocations",
      {
        schema: {
          tags: ["youths"],
          summary: "Move to another location with a handover note",
          params: youthIdParams,
          body: relocateBody,
          response: {
            201: z.object({ version: z.number(), handoverNoteId: z.string() }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await relocateYouth(deps, requireActor(request), request.params.id, request.body)),
    );
  };
