/**
 * OpenAPI 3.1 from the zod route schemas (@fastify/swagger), served at /api/openapi.json, and
 * a server-rendered, script-free reference page at /api/docs.
 */
import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../shared/problem.schema.js";
import { completeContract, SECURITY_SCHEMES } from "./openapi-contract.js";

/** `security` of a route anyone may call (no session, no token). */
export const PUBLIC: [] = [];
/** `security` of a state-changing route that only a logged-in browser session may call. */
export const SESSION_ONLY = [{ session: [], csrf: [] }];

/** Problem responses for the given status codes, for route schemas. */
export function problemResponses(...statuses: number[]): Record<number, typeof problemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema]));
}

/** A 204 answer without a body, for route schemas: `response: { ...noContent, ...problems }`. */
export const noContent = { 204: z.null() };

/** A 200 whose body is described in prose (lists, dossiers), plus problem responses. */
export function okOrProblems(...statuses: number[]): Record<number, z.ZodType> {
  return { 200: z.unknown(), ...problemResponses(...statuses) };
}

/**
 * The schema parts of a route that answers a file (PDF, CSV): its media type, a body of bytes or
 * text, and the problem responses. Spread into the route's `schema`.
 */
export function fileResponses(
  mediaType: "application/pdf" | "text/csv",
  ...statuses: number[]
): { produces: string[]; response: Record<number, z.ZodType> } {
  return {
    produces: [mediaType],
    response: { 200: z.string(), ...problemResponses(...statuses) },
  };
}

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "InZicht API",
        version,
        description:
          "The JSON API of InZicht. Errors are RFC 9457 problem+json with a stable `code`. Cookie sessions send `x-csrf-token` on state-changing requests; machine clients send a Bearer API token. See docs/api.md.",
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      completeContract(jsonSchemaTransformObject(input) as Record<string, unknown>, { version }),
  });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Registers /api/openapi.json and /api/docs (after all routes are known). */
export function registerOpenApiRoutes(app: FastifyInstance): void {
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/api/docs", { schema: { hide: true } }, async (_request, reply) => {
    const doc = app.swagger() as {
      paths?: Record<string, Record<string, { summary?: string; tags?: string[] }>>;
    };
    const rows = Object.entries(doc.paths ?? {})
      .flatMap(([p, ops]) =>
        Object.entries(ops).map(
          ([method, op]) =>
            `<tr><td><code>${esc(method.toUpperCase())}</code></td><td><code>${esc(p)}</code></td><td>${esc(op.summary ?? "")}</td></tr>`,
        ),
      )
      .join("");
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>InZicht API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
<h1>InZicht API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<table><caption>Operations</caption><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Summary</th></tr></thead><tbody>${rows}</tbody></table>
</main></body></html>`;
    return reply.type("text/html; charset=utf-8").send(html);
  });
}
