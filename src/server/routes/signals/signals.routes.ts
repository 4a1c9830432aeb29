import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  caseloadQuery,
  judgementBody,
  listSignalsQuery,
  recordSignalBody,
  retractBody,
  signalParams,
  timelineQuery,
  vulnerabilitiesBody,
} from "../../../shared/signal.schema.js";
import { youthIdParams } from "../../../shared/youth.schema.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { findCaseload } from "../../../services/signals/find-caseload.js";
import { findSignals } from "../../../services/signals/find-signals.js";
import { getPicture } from "../../../services/signals/get-picture.js";
import { getTimeline } from "../../../services/signals/get-timeline.js";
import { recordJudgement } from "../../../services/signals/judgements.js";
import { recordSignal } from "../../../services/signals/record-signal.js";
import { retractSignal } from "../../../services/signals/retract-signal.js";
import {
  getVulnerabilities,
  updateVulnerabilities,
} from "../../../services/signals/vulnerabilities.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import {
  caseloadPageSchema,
  levelResultSchema,
  pictureViewSchema,
  recordSignalResultSchema,
  signalPageSchema,
  timelineViewSchema,
  vulnerabilitiesViewSchema,
} from "../../../shared/api/signals.js";

const idempotencyHeaders = z
  .object({
    "idempotency-key": z
      .string()
      .min(8)
      .max(100)
      .regex(/^[\w.:-]+$/)
      .optional(),
  })
  .passthrough();

/** Signals, vulnerabilities, judgements, the picture, the timeline and the caseload. */
export const signalRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/youths/:id/signals",
      {
        schema: {
          tags: ["signals"],
          summary: "Signals of a youth (a school sees its own school's only)",
          params: youthIdParams,
          querystring: listSignalsQuery,
          response: { 200: signalPageSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => findSignals(deps, requireActor(request), request.params.id, request.query),
    );
    app.post(
      "/api/youths/:id/signals",
      {
        schema: {
          tags: ["signals"],
          summary: "Record a signal (send Idempotency-Key so a double submit creates one)",
          params: youthIdParams,
          headers: idempotencyHeaders,
          body: recordSignalBody,
          response: {
            200: recordSignalResultSchema,
            201: recordSignalResultSchema,
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const result = await recordSignal(
          deps,
          requireActor(request),
          request.params.id,
          request.body,
          request.headers["idempotency-key"],
        );
        return reply.code(result.created ? 201 : 200).send(result);
      },
    );
    app.post(
      "/api/youths/:id/signals/:signalId/retraction",
      {
        schema: {
          tags: ["signals"],
          summary: "Retract a signal with a reason (it stays in history)",
          params: signalParams,
          body: retractBody,
          response: {
            201: levelResultSchema,
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await retractSignal(
              deps,
              requireActor(request),
              request.params.id,
              request.params.signalId,
              request.body.reason,
            ),
          ),
    );
    app.get(
      "/api/youths/:id/vulnerabilities",
      {
        schema: {
          tags: ["signals"],
          summary: "Recorded and derived vulnerability factors",
          params: youthIdParams,
          response: { 200: vulnerabilitiesViewSchema, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => getVulnerabilities(deps, requireActor(request), request.params.id),
    );
    app.put(
      "/api/youths/:id/vulnerabilities",
      {
        schema: {
          tags: ["signals"],
          summary: "Record factors (present or no longer present), with a date and note",
          params: youthIdParams,
          body: vulnerabilitiesBody,
          response: {
            200: levelResultSchema,
            ...problemResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) =>
        updateVulnerabilities(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      "/api/youths/:id/judgements",
      {
        schema: {
          tags: ["picture"],
          summary: "Record your own judgement: suspicion or no suspicion, with a reason",
          params: youthIdParams,
          body: judgementBody,
          response: {
            201: z.object({ id: z.string(), level: z.number() }),
            ...problemResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await recordJudgement(deps, requireActor(request), request.params.id, request.body),
          ),
    );
    app.get(
      "/api/youths/:id/picture",
      {
        schema: {
          tags: ["picture"],
          summary: "The picture: level 0-4 with reasons, per type, over time",
          params: youthIdParams,
          response: { 200: pictureViewSchema, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => getPicture(deps, requireActor(request), request.params.id),
    );
    app.get(
      "/api/youths/:id/timeline",
      {
        schema: {
          tags: ["signals"],
          summary: "Everything that happened, newest first, with filters",
          params: youthIdParams,
          querystring: timelineQuery,
          response: { 200: timelineViewSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => getTimeline(deps, requireActor(request), request.params.id, request.query),
    );
    app.get(
      "/api/caseload",
      {
        schema: {
          tags: ["picture"],
          summary: "My youths by level, then most recent change, with open items",
          querystring: caseloadQuery,
          response: { 200: caseloadPageSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findCaseload(deps, requireActor(request), request.query),
    );
  };
