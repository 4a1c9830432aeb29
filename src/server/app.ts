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
import type { ServiceDeps } from "../services/deps.js";
import { registerAuth } from "./plugins/auth.js";
import { frameworkErrors, registerErrorHandler } from "./plugins/error-handler.js";
import { registerSecurityHeaders } from "./plugins/security-headers.js";
import { registerSpa } from "./plugins/spa.js";
import { registerOpenApi, registerOpenApiRoutes } from "./openapi.js";
import { registerRoutes } from "./routes/index.js";
import { loggerOptions } from "./logger.js";

export interface AppOptions {
  deps: ServiceDeps;
  /** Folder with the built SPA, or null to serve only the API. */
  webDist?: string | null;
  logLevel?: string;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy?: boolean;
}

export const BODY_LIMIT_BYTES = 256 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "silent"),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
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
  await registerOpenApi(app, options.deps.config.version);
  await registerRoutes(app, options.deps);
  registerOpenApiRoutes(app);
  await registerSpa(app, options.webDist ?? null);
  app.addHook("onClose", async () => {
    await options.deps.db.destroy();
  });
  return app;
}
