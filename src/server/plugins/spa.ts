/**
 * Serves the built SPA (web/dist): hashed assets with a long cache, index.html for every other
 * non-API path (history fallback), problem+json 404 for unknown API paths.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendProblem } from "../problem.js";

export async function registerSpa(app: FastifyInstance, webDist: string | null): Promise<void> {
  const index =
    webDist && existsSync(path.join(webDist, "index.html"))
      ? readFileSync(path.join(webDist, "index.html"), "utf8")
      : null;
  if (webDist && index) {
    await app.register(fastifyStatic, {
      root: webDist,
      index: false,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader("cache-control", "public, max-age=31536000, immutable");
        } else {
          res.setHeader("cache-control", "no-cache");
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    if (url.startsWith("/api/") || url === "/api" || request.method !== "GET" || !index) {
      return sendProblem(reply, "NOT_FOUND", "There is nothing at this address.");
    }
    if (/\.[a-z0-9]+$/i.test(url))
      return sendProblem(reply, "NOT_FOUND", "There is nothing at this address.");
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(index);
  });
}
