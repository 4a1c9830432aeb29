/**
 * Trajects and their steps (the guided route from concern to action) and safety alerts:
 * /api/youths/{id}/trajects… and /api/youths/{id}/safety-alerts/{alertId}/handled.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { pageQuery } from "../../../shared/page.schema.js";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { findTrajects, getTraject } from "../../../services/steps/find-trajects.js";
import { handleSafetyAlert } from "../../../services/steps/handle-safety-alert.js";
import { openTraject } from "../../../services/steps/open-traject.js";
import { recordStep } from "../../../services/steps/record-step.js";
import { updateStep } from "../../../services/steps/update-step.js";
import {
  alertParams,
  handleAlertBody,
  openTrajectBody,
  recordStepBody,
  stepParams,
  trajectParams,
  updateStepBody,
} from "../../../shared/steps.schema.js";
import { youthIdParams } from "../../../shared/youth.schema.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { trajectListSchema, trajectViewSchema } from "../../../shared/api/steps.js";

const stepResult = z.object({
  id: z.string(),
  version: z.number(),
  draft: z.boolean(),
  trajectStatus: z.string(),
  safetyAlertId: z.string().nullable(),
});

export const stepRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/youths/:id/trajects",
      {
        schema: {
          tags: ["steps"],
          summary: "Trajects with their steps, review dates and safety alerts (history kept)",
          params: youthIdParams,
          querystring: pageQuery,
          response: { 200: trajectListSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        findTrajects(deps, requireActor(request), request.params.id, request.query),
    );
    app.post(
      "/api/youths/:id/trajects",
      {
        schema: {
          tags: ["steps"],
          summary: "Open a traject for a concern (starts at the safety check)",
          params: youthIdParams,
          body: openTrajectBody,
          response: {
            201: z.object({ id: z.string(), version: z.number(), status: z.string() }),
            ...problemResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await openTraject(deps, requireActor(request), request.params.id, request.body)),
    );
    app.get(
      "/api/youths/:id/trajects/:trajectId",
      {
        schema: {
          tags: ["steps"],
          summary: "One traject with its steps and review dates",
          params: trajectParams,
          response: { 200: trajectViewSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        getTraject(deps, requireActor(request), request.params.id, request.params.trajectId),
    );
    app.post(
      "/api/youths/:id/trajects/:trajectId/steps",
      {
        schema: {
          tags: ["steps"],
          summary: "Record a step as a draft, or complete it (send trajectVersion)",
          params: trajectParams,
          body: recordStepBody,
          response: { 201: stepResult, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await recordStep(
              deps,
              requireActor(request),
              request.params.id,
              request.params.trajectId,
              request.body,
            ),
          ),
    );
    app.patch(
      "/api/youths/:id/trajects/:trajectId/steps/:stepId",
      {
        schema: {
          tags: ["steps"],
          summary: "Change a draft step or complete it (version; stale → 409)",
          params: stepParams,
          body: updateStepBody,
          response: { 200: stepResult, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        updateStep(
          deps,
          requireActor(request),
          request.params.id,
          request.params.trajectId,
          request.params.stepId,
          request.body,
        ),
    );
    app.post(
      "/api/youths/:id/safety-alerts/:alertId/handled",
      {
        schema: {
          tags: ["steps"],
          summary: "Record that the acute danger is handled (the picture is recomputed)",
          params: alertParams,
          body: handleAlertBody,
          response: {
            200: z.object({ level: z.number() }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) =>
        handleSafetyAlert(
          deps,
          requireActor(request),
          request.params.id,
          request.params.alertId,
          request.body,
        ),
    );
  };
