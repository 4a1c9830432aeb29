import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { deadLettersQuery, deadLettersResponse } from "../../../shared/jobs-admin.schema.js";
import { findDeadLetters } from "../../../services/jobs/find-dead-letters.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";

/** The job queue's dead letters for the system admin (issue 21, ADR 0018). */
export const jobsAdminRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/jobs/dead-letters",
      {
        schema: {
          tags: ["admin"],
          summary:
            "Jobs that used up their retries, newest first: name, attempts, last error (system admin)",
          querystring: deadLettersQuery,
          response: { 200: deadLettersResponse, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findDeadLetters(deps, requireActor(request), request.query.limit),
    );
  };
