import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { lineText, opaqueText } from "../../../shared/text.schema.js";
import { findProfessionals, findOrganisations } from "../../../services/users/find-directory.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { organisationListSchema, professionalListSchema } from "../../../shared/api/directory.js";

const professionalsQuery = z
  .object({
    organisationId: z.string().uuid().optional(),
    role: opaqueText(40).optional(),
    q: lineText(0, 100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** The directory: organisations and professionals (names, roles, organisation — no case data). */
export const organisationRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/organisations",
      {
        schema: {
          tags: ["directory"],
          summary: "Organisations (locations, regions, schools)",
          response: { 200: organisationListSchema, ...problemResponses(401) },
        },
      },
      async (request) => {
        requireActor(request);
        return findOrganisations(deps);
      },
    );
    app.get(
      "/api/professionals",
      {
        schema: {
          tags: ["directory"],
          summary:
            "Professionals who can join a circle (id, name, casework roles, organisation); for the roles that add them",
          querystring: professionalsQuery,
          response: { 200: professionalListSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findProfessionals(deps, requireActor(request), request.query),
    );
  };
