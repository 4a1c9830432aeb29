import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { patternsQuery } from "../../../shared/pattern.schema.js";
import { findPatterns } from "../../../services/patterns/find-patterns.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { patternsResponseSchema } from "../../../shared/api/patterns.js";

/** Patterns across youths, for the regional care coordinator only (issue 25, ADR 0021). */
export const patternRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/patterns",
      {
        schema: {
          tags: ["patterns"],
          operationId: "listPatterns",
          summary:
            "Entities (phone, address, name, vehicle, handle, place) shared by the active signals of two or more youths, for the region's care coordinator; 404 for every other role",
          description:
            "Youths in the coordinator's region and reach come with their signals (when, by whom); youths elsewhere only as a count per region with the coordinators to contact. `youthId` narrows to the patterns of one youth (the dossier hint). Every answer is written to the access log.",
          querystring: patternsQuery,
          response: { 200: patternsResponseSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => findPatterns(deps, requireActor(request), request.query),
    );
  };
