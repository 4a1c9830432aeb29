import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  organisationCreateBody,
  organisationDeactivateBody,
  organisationUpdateBody,
} from "../../../shared/organisation-admin.schema.js";
import { createOrganisation } from "../../../services/organisations/create-organisation.js";
import { deactivateOrganisation } from "../../../services/organisations/deactivate-organisation.js";
import { findAdminOrganisations } from "../../../services/organisations/find-admin-organisations.js";
import { updateOrganisation } from "../../../services/organisations/update-organisation.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { okOrProblems } from "../../openapi.js";

const params = z.object({ organisationId: z.string().uuid() }).strict();

/** The system admin's organisations: create, rename, deactivate (issue 19). No dossier content. */
export const organisationAdminRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/organisations",
      {
        schema: {
          tags: ["admin"],
          summary:
            "Every organisation, active and deactivated, with its number of active users and youths (system admin)",
          response: okOrProblems(401, 403),
        },
      },
      async (request) => findAdminOrganisations(deps, requireActor(request)),
    );
    app.post(
      "/api/admin/organisations",
      {
        schema: {
          tags: ["admin"],
          summary: "Create an organisation with its type and region (system admin)",
          body: organisationCreateBody,
          response: { 201: z.unknown(), ...okOrProblems(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createOrganisation(deps, requireActor(request), request.body)),
    );
    app.patch(
      "/api/admin/organisations/:organisationId",
      {
        schema: {
          tags: ["admin"],
          summary: "Rename an organisation or change its type or region, with `version`",
          params,
          body: organisationUpdateBody,
          response: okOrProblems(400, 401, 403, 404, 409),
        },
      },
      async (request) =>
        updateOrganisation(
          deps,
          requireActor(request),
          request.params.organisationId,
          request.body,
        ),
    );
    app.post(
      "/api/admin/organisations/:organisationId/deactivation",
      {
        schema: {
          tags: ["admin"],
          summary:
            "Deactivate an organisation; 409 with the reasons (youths, active users) while it is not empty",
          params,
          body: organisationDeactivateBody,
          response: okOrProblems(400, 401, 403, 404, 409),
        },
      },
      async (request) =>
        deactivateOrganisation(
          deps,
          requireActor(request),
          request.params.organisationId,
          request.body.version,
        ),
    );
  };
