import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { auditQuery, auditYouthQuery, youthIdParams } from "../../../shared/youth.schema.js";
import { findYouthsForAudit } from "../../../services/audit/find-youths-for-audit.js";
import { exportAccessLogCsv, queryAccessLog } from "../../../services/audit/query-access-log.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { fileResponses, problemResponses } from "../../openapi.js";
import { accessLogPageSchema, auditYouthMatchListSchema } from "../../../shared/api/audit.js";

const youthAuditQuery = auditQuery.omit({ youthId: true });

/** The access log for the privacy officer (NEN 7513). */
export const auditRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/audit",
      {
        schema: {
          tags: ["audit"],
          summary: "Search the access log (privacy officer)",
          querystring: auditQuery,
          response: { 200: accessLogPageSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => queryAccessLog(deps, requireActor(request), request.query),
    );
    app.get(
      "/api/audit/youths",
      {
        schema: {
          tags: ["audit"],
          summary:
            "Look a youth up by name or V-number, to read their access log (privacy officer)",
          querystring: auditYouthQuery,
          response: { 200: auditYouthMatchListSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findYouthsForAudit(deps, requireActor(request), request.query.q),
    );
    app.get(
      "/api/audit.csv",
      {
        schema: {
          tags: ["audit"],
          summary: "Export the access log as CSV (privacy officer)",
          querystring: auditQuery.omit({ limit: true, cursor: true }),
          ...fileResponses("text/csv", 400, 401, 403),
        },
      },
      async (request, reply) => {
        const csv = await exportAccessLogCsv(deps, requireActor(request), request.query);
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="toegangslog.csv"')
          .send(csv);
      },
    );
    app.get(
      "/api/youths/:id/audit",
      {
        schema: {
          tags: ["audit"],
          summary: "Who read or changed this dossier (privacy officer)",
          params: youthIdParams,
          querystring: youthAuditQuery,
          response: { 200: accessLogPageSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) =>
        queryAccessLog(deps, requireActor(request), {
          ...request.query,
          youthId: request.params.id,
        }),
    );
    app.get(
      "/api/youths/:id/audit.csv",
      {
        schema: {
          tags: ["audit"],
          summary: "A youth's access log as CSV, for a data subject request",
          params: youthIdParams,
          ...fileResponses("text/csv", 400, 401, 403),
        },
      },
      async (request, reply) => {
        const csv = await exportAccessLogCsv(deps, requireActor(request), {
          youthId: request.params.id,
        });
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="toegangslog-jongere.csv"')
          .send(csv);
      },
    );
  };
