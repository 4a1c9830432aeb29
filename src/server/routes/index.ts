/** Every route plugin, registered with the service dependencies. */
import type { FastifyInstance } from "fastify";
import type { ServiceDeps } from "../../services/deps.js";
import { authRoutes } from "./auth/auth.routes.js";
import { secondFactorRoutes } from "./auth/second-factor.routes.js";
import { catalogRoutes } from "./catalog/catalog.routes.js";
import { healthRoutes } from "./health/health.routes.js";
import { metricsRoutes } from "./health/metrics.routes.js";
import type { Readiness } from "../readiness.js";
import { systemRoutes } from "./system/system.routes.js";
import { youthRoutes } from "./youths/youths.routes.js";
import { circleRoutes } from "./circle/circle.routes.js";
import { auditRoutes } from "./audit/audit.routes.js";
import { notificationRoutes } from "./notifications/notifications.routes.js";
import { organisationRoutes } from "./organisations/organisations.routes.js";
import { signalRoutes } from "./signals/signals.routes.js";
import { tokenRoutes } from "./tokens/tokens.routes.js";
import { trainingRoutes } from "./training/training.routes.js";
import { stepRoutes } from "./steps/steps.routes.js";
import { reviewRoutes } from "./steps/reviews.routes.js";
import { reportRoutes } from "./reports/reports.routes.js";
import { missingRoutes } from "./missing/missing.routes.js";
import { contactRoutes } from "./contacts/contacts.routes.js";
import { organisationAdminRoutes } from "./admin/organisations-admin.routes.js";
import { jobsAdminRoutes } from "./admin/jobs-admin.routes.js";
import { mailRoutes } from "./mail/mail.routes.js";
import { invitationRoutes } from "./invitations/invitations.routes.js";
import { passwordResetRoutes } from "./auth/password-reset.routes.js";
import { noticeRoutes } from "./notices/notices.routes.js";
import { patternRoutes } from "./patterns/patterns.routes.js";
import { youthInfoRoutes } from "./youth-info/youth-info.routes.js";
import { statisticsRoutes } from "./statistics/statistics.routes.js";
import { userAdminRoutes } from "./admin/users-admin.routes.js";
import { retentionRoutes } from "./retention/retention.routes.js";

/** What the operational routes need besides the services (ADR 0019). */
export interface OpsOptions {
  readiness: Readiness;
  /** INZICHT_METRICS_TOKEN, or null: GET /metrics answers 404. */
  metricsToken: string | null;
}

export async function registerRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  ops: OpsOptions,
): Promise<void> {
  await app.register(healthRoutes(deps, ops.readiness));
  await app.register(metricsRoutes(ops.metricsToken));
  await app.register(authRoutes(deps));
  await app.register(secondFactorRoutes(deps));
  await app.register(catalogRoutes(deps));
  await app.register(systemRoutes(deps));
  await app.register(youthRoutes(deps));
  await app.register(circleRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(notificationRoutes(deps));
  await app.register(organisationRoutes(deps));
  await app.register(signalRoutes(deps));
  await app.register(tokenRoutes(deps));
  await app.register(trainingRoutes(deps));
  await app.register(stepRoutes(deps));
  await app.register(reviewRoutes(deps));
  await app.register(reportRoutes(deps));
  await app.register(missingRoutes(deps));
  await app.register(contactRoutes(deps));
  await app.register(organisationAdminRoutes(deps));
  await app.register(jobsAdminRoutes(deps));
  await app.register(mailRoutes(deps));
  await app.register(invitationRoutes(deps));
  await app.register(passwordResetRoutes(deps));
  await app.register(noticeRoutes(deps));
  await app.register(patternRoutes(deps));
  await app.register(youthInfoRoutes(deps));
  await app.register(statisticsRoutes(deps));
  await app.register(userAdminRoutes(deps));
  await app.register(retentionRoutes(deps));
}
