import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { youthIdParams } from "../../../shared/youth.schema.js";
import {
  deletionLogQuery,
  deletionLogResponse,
  erasureBody,
  erasureResponse,
  liftHoldBody,
  placeHoldBody,
  placeHoldResponse,
  retentionOverviewResponse,
  subjectExportResponse,
} from "../../../shared/retention.schema.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { eraseDossier } from "../../../services/retention/erase-dossier.js";
import { exportSubjectData } from "../../../services/retention/export-subject-data.js";
import { findDeletionLog } from "../../../services/retention/find-deletion-log.js";
import { getRetentionOverview } from "../../../services/retention/get-retention-overview.js";
import { liftHold } from "../../../services/retention/lift-hold.js";
import { placeHold } from "../../../services/retention/place-hold.js";
import { requireActor } from "../../plugins/auth.js";
import { noContent, problemResponses } from "../../openapi.js";

/** Retention, legal holds, the deletion log and data-subject rights (issue 22). */
export const retentionRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/retention",
      {
        schema: {
          tags: ["retention"],
          summary:
            "The retention terms in effect and the active legal holds (system admin, privacy officer)",
          response: { 200: retentionOverviewResponse, ...problemResponses(401, 403) },
        },
      },
      async (request) => getRetentionOverview(deps, requireActor(request)),
    );
    app.get(
      "/api/retention/deletion-log",
      {
        schema: {
          tags: ["retention"],
          summary:
            "The deletion log, newest first: no personal data (system admin, privacy officer)",
          querystring: deletionLogQuery,
          response: { 200: deletionLogResponse, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findDeletionLog(deps, requireActor(request), request.query),
    );
    app.post(
      "/api/youths/:id/retention-hold",
      {
        schema: {
          tags: ["retention"],
          summary: "Put a dossier on legal hold with a reason (privacy officer)",
          params: youthIdParams,
          body: placeHoldBody,
          response: { 201: placeHoldResponse, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const result = await placeHold(
          deps,
          requireActor(request),
          request.params.id,
          request.body,
        );
        return reply.code(201).send(result);
      },
    );
    app.post(
      "/api/youths/:id/retention-hold/lift",
      {
        schema: {
          tags: ["retention"],
          summary: "Lift a dossier's legal hold (privacy officer)",
          params: youthIdParams,
          body: liftHoldBody,
          response: { ...noContent, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await liftHold(deps, requireActor(request), request.params.id, request.body.version);
        return reply.code(204).send(undefined as never);
      },
    );
    app.get(
      "/api/youths/:id/data-export",
      {
        schema: {
          tags: ["retention"],
          summary:
            "Everything InZicht holds about one youth, decrypted, as JSON (privacy officer; AVG art. 15)",
          params: youthIdParams,
          response: { 200: subjectExportResponse, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => exportSubjectData(deps, requireActor(request), request.params.id),
    );
    app.post(
      "/api/youths/:id/erasure",
      {
        schema: {
          tags: ["retention"],
          summary:
            "Decide an erasure request: the dossier is removed like an expired one (privacy officer; AVG art. 17)",
          params: youthIdParams,
          body: erasureBody,
          response: { 200: erasureResponse, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => eraseDossier(deps, requireActor(request), request.params.id, request.body),
    );
  };
