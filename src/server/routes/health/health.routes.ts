import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pendingMigrations, ping } from "../../../db/database.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { PUBLIC, problemResponses } from "../../openapi.js";
import { sendProblem } from "../../problem.js";
import type { Readiness } from "../../readiness.js";

/**
 * GET /api/health: liveness plus the database in use; no auth. GET /api/ready: readiness for the
 * proxy (ADR 0019): 200 once the database answers with every migration applied, 503 while
 * draining on SIGTERM or while the database is unreachable or behind.
 */
export const healthRoutes =
  (deps: ServiceDeps, readiness: Readiness): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/health",
      {
        schema: {
          tags: ["system"],
          summary: "Health and database in use",
          security: PUBLIC,
          response: {
            200: z.object({
              status: z.literal("ok"),
              database: z.enum(["sqlite", "postgres"]),
              version: z.string(),
            }),
          },
        },
      },
      async () => {
        await ping(deps.db);
        return { status: "ok" as const, database: deps.dbKind, version: deps.config.version };
      },
    );

    // Migrations never go back while a process runs: once all are seen applied, stop asking.
    let migrated = false;
    app.get(
      "/api/ready",
      {
        schema: {
          tags: ["system"],
          summary: "Ready for traffic (for the proxy's health check)",
          description:
            "200 once the database answers and has every migration of this version; 503 problem+json while the instance drains on SIGTERM, or while its database is unreachable or has migrations pending.",
          operationId: "getReadiness",
          security: PUBLIC,
          response: { 200: z.object({ status: z.literal("ready") }), ...problemResponses(503) },
        },
      },
      async (_request, reply) => {
        reply.header("cache-control", "no-store");
        if (readiness.draining)
          return sendProblem(reply, "UNAVAILABLE", "This instance is shutting down.");
        try {
          if (!migrated) {
            const pending = await pendingMigrations(deps.db);
            if (pending.length > 0)
              return sendProblem(
                reply,
                "UNAVAILABLE",
                `The database has ${pending.length} migration(s) of this version still to apply.`,
              );
            migrated = true;
          } else {
            await ping(deps.db);
          }
        } catch {
          return sendProblem(reply, "UNAVAILABLE", "The database does not answer.");
        }
        return { status: "ready" as const };
      },
    );
  };
