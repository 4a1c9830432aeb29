/**
 * buildApp(deps): the Fastify application, without listening. Tests use `app.inject()`.
 */
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { randomUUID } from "node:crypto";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { TrustProxy } from "../config-security.js";
import type { ServiceDeps } from "../services/deps.js";
import { registerAuth } from "./plugins/auth.js";
import { frameworkErrors, registerErrorHandler } from "./plugins/error-handler.js";
import { registerSecurityHeaders } from "./plugins/security-headers.js";
import { registerSpa } from "./plugins/spa.js";
import { API_VERSION } from "./api-version.js";
import { registerOpenApi, registerOpenApiRoutes } from "./openapi.js";
import { registerRoutes } from "./routes/index.js";
import { loggerOptions } from "./logger.js";
import { Readiness } from "./readiness.js";
import { observeHttpRequest, UNMATCHED_ROUTE } from "../services/metrics/metrics.js";

export interface AppOptions {
  deps: ServiceDeps;
  /** Folder with the built SPA, or null to serve only the API. */
  webDist?: string | null;
  logLevel?: string;
  /**
   * Which reverse proxies' X-Forwarded-For/-Proto to believe (INZICHT_TRUST_PROXY); then
   * `request.ip` is the client's address and `request.protocol` what the client used, so cookies
   * get Secure and answers HSTS behind a TLS proxy. Default: none. (`true`, trust every sender,
   * is for the benchmark's simulated clients only; the configuration never yields it.)
   */
  trustProxy?: TrustProxy | true;
  /** Readiness shared with the shutdown sequence (src/cli.ts); a fresh one when not given. */
  readiness?: Readiness;
  /** INZICHT_METRICS_TOKEN: opens GET /metrics; without it the route answers 404. */
  metricsToken?: string | null;
}

export const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * A hop count as the function proxy-addr itself makes of a number (the nearest `hops` senders
 * are trusted); Fastify's types take addresses, booleans or a function.
 */
function fastifyTrustProxy(
  trust: TrustProxy | true,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== "number") return trust;
  return (_address, hop) => hop < trust;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "silent"),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  await app.register(cookie);
  registerAuth(app, options.deps);
  await registerOpenApi(app, API_VERSION);
  // Request durations per route PATTERN (never the address with its ids) for /metrics.
  app.addHook("onResponse", async (request, reply) => {
    observeHttpRequest(
      request.method,
      request.routeOptions.url ?? UNMATCHED_ROUTE,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
  await registerRoutes(app, options.deps, {
    readiness: options.readiness ?? new Readiness(),
    metricsToken: options.metricsToken ?? null,
  });
  registerOpenApiRoutes(app);
  await registerSpa(app, options.webDist ?? null);
  app.addHook("onClose", async () => {
    // Running jobs finish before the database closes.
    await options.deps.jobs.stop();
    await options.deps.notices.close();
    await options.deps.db.destroy();
  });
  return app;
}
