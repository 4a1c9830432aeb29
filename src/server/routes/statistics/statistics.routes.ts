/**
 * /api/statistics: anonymous figures for research (issue 23). Every number comes from the
 * statistics table, already suppressed; no route here reads a youth. Scope rules are in
 * src/services/statistics/statistics-scope.ts.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  figureParams,
  figureQuery,
  figureTable,
  overviewQuery,
  statisticsOverview,
  statisticsRunResult,
} from "../../../shared/statistics.schema.js";
import { statisticsExport, statisticsExportQuery } from "../../../shared/api/statistics-export.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { statisticsExportCsv } from "../../../services/statistics/export-csv.js";
import { getStatisticsExport } from "../../../services/statistics/get-statistics-export.js";
import { figureCsv } from "../../../services/statistics/figure-csv.js";
import { getFigure } from "../../../services/statistics/get-figure.js";
import { getStatisticsOverview } from "../../../services/statistics/get-statistics-overview.js";
import { refreshStatistics } from "../../../services/statistics/refresh-statistics.js";
import { requireActor } from "../../plugins/auth.js";
import { fileResponses, problemResponses } from "../../openapi.js";

const tags = ["statistics"];

export const statisticsRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/statistics",
      {
        schema: {
          tags,
          operationId: "getStatisticsOverview",
          summary: "The last computation, the figures and the filters within the caller's scope",
          querystring: overviewQuery,
          response: { 200: statisticsOverview, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => getStatisticsOverview(deps, requireActor(request), request.query.lang),
    );

    app.get(
      "/api/statistics/figures/:figureId",
      {
        schema: {
          tags,
          operationId: "getStatisticsFigure",
          summary: 'One figure as a table (suppressed cells are "< 10")',
          params: figureParams,
          querystring: figureQuery,
          response: { 200: figureTable, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        getFigure(deps, requireActor(request), request.params.figureId, request.query),
    );

    app.get(
      "/api/statistics/figures/:figureId/csv",
      {
        schema: {
          tags,
          operationId: "exportStatisticsFigureCsv",
          summary: "One figure as CSV, with the same suppression and its metadata",
          params: figureParams,
          querystring: figureQuery,
          ...fileResponses("text/csv", 400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const { body, filename } = await figureCsv(
          deps,
          requireActor(request),
          request.params.figureId,
          request.query,
        );
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${filename}"`)
          .send(body);
      },
    );

    app.get(
      "/api/statistics/export",
      {
        schema: {
          tags,
          operationId: "getStatisticsExport",
          summary:
            "CoMensha registrations by form of exploitation, age band, gender and region of origin (Nationaal Rapporteur / CoMensha format)",
          querystring: statisticsExportQuery,
          response: { 200: statisticsExport, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getStatisticsExport(deps, requireActor(request), request.query),
    );

    app.get(
      "/api/statistics/export/csv",
      {
        schema: {
          tags,
          operationId: "exportStatisticsForRapporteurCsv",
          summary: "The export for the Nationaal Rapporteur / CoMensha as CSV, with its metadata",
          querystring: statisticsExportQuery,
          ...fileResponses("text/csv", 400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const { body, filename } = await statisticsExportCsv(
          deps,
          requireActor(request),
          request.query,
        );
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${filename}"`)
          .send(body);
      },
    );

    app.post(
      "/api/statistics/runs",
      {
        schema: {
          tags,
          operationId: "computeStatistics",
          summary: "Compute the statistics now (system admin); the daily job does it too",
          response: { 201: statisticsRunResult, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return refreshStatistics(deps, requireActor(request));
      },
    );
  };
