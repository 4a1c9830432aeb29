import { createHash } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { catalogView } from "../../../services/catalog/catalog-view.js";

const query = z.object({ lang: z.enum(["nl", "en"]).optional() }).strict();

/** GET /api/catalog: the signal catalogue (public knowledge; no personal data), with an ETag. */
export const catalogRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const bodies = new Map<string, { json: string; etag: string }>();
    for (const lang of ["nl", "en", "all"] as const) {
      const json = JSON.stringify(catalogView(deps.catalog, lang === "all" ? undefined : lang));
      bodies.set(lang, {
        json,
        etag: `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`,
      });
    }
    app.get(
      "/api/catalog",
      {
        schema: {
          tags: ["catalog"],
          summary: "The signal catalogue (?lang=nl|en for one language)",
          querystring: query,
        },
      },
      async (request, reply) => {
        const body = bodies.get(request.query.lang ?? "all");
        if (!body) throw new Error("unreachable");
        reply
          .header("etag", body.etag)
          .header("cache-control", "public, max-age=300, must-revalidate");
        if (request.headers["if-none-match"] === body.etag) return reply.code(304).send();
        return reply.type("application/json; charset=utf-8").send(body.json);
      },
    );
  };
