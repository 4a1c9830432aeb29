/**
 * Reports to CoMensha, Veilig Thuis and the police: prefill from the dossier, drafts, sending
 * (frozen snapshot) and exports as PDF or JSON (logged). /api/youths/{id}/reports…
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { pageQuery } from "../../../shared/page.schema.js";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { createReport } from "../../../services/reports/create-report.js";
import { exportReport } from "../../../services/reports/export-report.js";
import { findReports, getReport } from "../../../services/reports/find-reports.js";
import { prefillReport } from "../../../services/reports/prefill-report.js";
import { updateReport } from "../../../services/reports/update-report.js";
import {
  createReportBody,
  prefillQuery,
  reportParams,
  updateReportBody,
} from "../../../shared/reports.schema.js";
import { youthIdParams } from "../../../shared/youth.schema.js";
import { requireActor } from "../../plugins/auth.js";
import { fileResponses, okOrProblems, problemResponses } from "../../openapi.js";
import {
  reportListSchema,
  reportPrefillSchema,
  reportViewSchema,
} from "../../../shared/api/reports.js";

const result = z.object({ id: z.string(), version: z.number(), status: z.string() });

export const reportRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/youths/:id/reports",
      {
        schema: {
          tags: ["reports"],
          summary: "Every report of a youth (drafts and sent), with the consent rule",
          params: youthIdParams,
          querystring: pageQuery,
          response: { 200: reportListSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => findReports(deps, requireActor(request), request.params.id, request.query),
    );
    app.get(
      "/api/youths/:id/reports/prefill",
      {
        schema: {
          tags: ["reports"],
          summary: "A report form prefilled from the dossier and the picture",
          params: youthIdParams,
          querystring: prefillQuery,
          response: { 200: reportPrefillSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        prefillReport(deps, requireActor(request), request.params.id, request.query.kind),
    );
    app.post(
      "/api/youths/:id/reports",
      {
        schema: {
          tags: ["reports"],
          summary: "Create a report as a draft, or send it (frozen snapshot)",
          params: youthIdParams,
          body: createReportBody,
          response: { 201: result, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createReport(deps, requireActor(request), request.params.id, request.body)),
    );
    app.get(
      "/api/youths/:id/reports/:reportId",
      {
        schema: {
          tags: ["reports"],
          summary: "One report",
          params: reportParams,
          response: { 200: reportViewSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        getReport(deps, requireActor(request), request.params.id, request.params.reportId),
    );
    app.patch(
      "/api/youths/:id/reports/:reportId",
      {
        schema: {
          tags: ["reports"],
          summary: "Change a draft report or send it (version; stale → 409; sent is frozen)",
          params: reportParams,
          body: updateReportBody,
          response: { 200: result, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        updateReport(
          deps,
          requireActor(request),
          request.params.id,
          request.params.reportId,
          request.body,
        ),
    );
    for (const format of ["pdf", "json"] as const) {
      app.get(
        `/api/youths/:id/reports/:reportId/report.${format}`,
        {
          schema: {
            tags: ["reports"],
            summary: `The sent report as ${format.toUpperCase()} (logged as an export)`,
            params: reportParams,
            ...(format === "pdf"
              ? fileResponses("application/pdf", 400, 401, 403, 404, 409)
              : { response: okOrProblems(400, 401, 403, 404, 409) }),
          },
        },
        async (request, reply) => {
          const out = await exportReport(
            deps,
            requireActor(request),
            request.params.id,
            request.params.reportId,
            format,
          );
          return reply
            .type(out.contentType)
            .header("content-disposition", `attachment; filename="${out.filename}"`)
            .header("cache-control", "no-store")
            .send(out.body);
        },
      );
    }
  };
