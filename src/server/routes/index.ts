/** Every route plugin, registered with the service dependencies. */
import type { FastifyInstance } from "fastify";
import type { ServiceDeps } from "../../services/deps.js";
import { authRoutes } from "./auth/auth.routes.js";
import { catalogRoutes } from "./catalog/catalog.routes.js";
import { healthRoutes } from "./health/health.routes.js";
import { systemRoutes } from "./system/system.routes.js";

export async function registerRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(catalogRoutes(deps));
  await app.register(systemRoutes(deps));
}
