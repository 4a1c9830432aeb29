import { createHash } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { catalogView } from "../../../services/catalog/catalog-view.js";
import { noContent, PUBLIC, problemResponses } from "../../openapi.js";

const query = z.object({ lang: z.enum(["nl", "en"]).optional() }).strict();
const ifNoneMatch = z.looseObject({ "if-none-match": z.string().max(200).optional() });
/** The catalogue's outline (API.md); the entries themselves are described in docs/api.md. */
const catalogBody = z.looseObject({
  version: z.string(),
  categories: z.array(z.unknown()),
  indicators: z.array(z.unknown()),
  vulnerabilities: z.array(z.unknown()),
  exploitationTypes: z.array(z.unknown()),
});

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
          headers: ifNoneMatch,
          security: PUBLIC,
          response: {
            200: catalogBody.describe("The catalogue; its ETag header names this version"),
            304: noContent[204].describe("Not modified: If-None-Match names the current ETag"),
            ...problemResponses(400),
          },
        },
      },
      async (request, reply) => {
        const body = bodies.get(request.query.lang ?? "all");
        if (!body) throw new Error("unreachable");
        reply
          .header("etag", body.etag)
          .header("cache-control", "public, max-age=300, must-revalidate");
        if (request.headers["if-none-match"] === body.etag) return reply.code(304).send(null);
        // Serialised once at start-up; Fastify sends a string as it is.
        return reply.type("application/json; charset=utf-8").send(body.json as never);
      },
    );
  };
