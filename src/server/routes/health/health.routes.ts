import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ping } from "../../../db/database.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { PUBLIC } from "../../openapi.js";

/** GET /api/health: liveness plus the database in use; no auth. */
export const healthRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
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
  };
