import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { renderMetrics } from "../../../services/metrics/metrics.js";
import { problemResponses } from "../../openapi.js";
import { sendProblem } from "../../problem.js";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * GET /metrics: Prometheus exposition of this process (ADR 0019). Outside /api/, so the
 * session and API-token hook never sees it; only `Authorization: Bearer <INZICHT_METRICS_TOKEN>`
 * opens it. Without a configured token the route answers 404: metrics are off.
 */
export const metricsRoutes =
  (token: string | null): FastifyPluginAsyncZod =>
  async (app) => {
    const expected = token === null ? null : digest(token);
    app.get(
      "/metrics",
      {
        schema: {
          tags: ["system"],
          summary: "Prometheus metrics of this instance",
          description:
            "Request durations per route pattern, access-log write times, job queue depth and the Node.js process metrics. Needs the metrics token (INZICHT_METRICS_TOKEN); 404 when none is configured.",
          operationId: "getMetrics",
          security: [{ metricsToken: [] }],
          produces: ["text/plain"],
          response: { 200: z.string(), ...problemResponses(401, 404) },
        },
      },
      async (request, reply) => {
        if (expected === null)
          return sendProblem(reply, "NOT_FOUND", "There is nothing at this address.");
        const header = request.headers.authorization ?? "";
        const given = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
        if (given === "" || !timingSafeEqual(digest(given), expected)) {
          reply.header("www-authenticate", 'Bearer realm="metrics"');
          return sendProblem(reply, "UNAUTHENTICATED", "The metrics token is missing or wrong.");
        }
        const { contentType, body } = await renderMetrics();
        return reply.header("cache-control", "no-store").type(contentType).send(body);
      },
    );
  };
