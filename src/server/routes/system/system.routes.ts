import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { noContent, PUBLIC } from "../../openapi.js";

/** Records of CSP violations reported by browsers (counted; the e2e suite asserts none). */
export const cspReports: { count: number; last: unknown[] } = { count: 0, last: [] };

export const systemRoutes =
  (_deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(
      ["application/csp-report", "application/reports+json"],
      { parseAs: "string", bodyLimit: 16 * 1024 },
      (_req, body, done) => {
        try {
          done(null, JSON.parse(String(body)));
        } catch {
          done(null, {});
        }
      },
    );
    app.post(
      "/api/csp-report",
      {
        schema: {
          tags: ["system"],
          summary: "CSP violation reports from browsers",
          body: z.unknown(),
          security: PUBLIC,
          consumes: ["application/csp-report", "application/reports+json", "application/json"],
          response: noContent,
        },
      },
      async (request, reply) => {
        cspReports.count += 1;
        cspReports.last = [...cspReports.last.slice(-9), request.body];
        request.log.warn({ csp: true }, "csp violation reported");
        return reply.code(204).send(null);
      },
    );
    app.get("/api/csp-report", { schema: { hide: true } }, async () => ({
      count: cspReports.count,
    }));
  };
