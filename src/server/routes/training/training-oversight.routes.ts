/**
 * /api/training oversight: the dashboard (and its CSV), named records, classroom trainings and
 * the refresher interval per organisation. Access rules are in src/domain/training/policies.ts.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  classroomBody,
  classroomList,
  classroomListQuery,
  classroomView,
  dashboardQuery,
  dashboardView,
  learnerRecords,
  organisationParams,
  recordsQuery,
  refresherBody,
  refresherView,
} from "../../../shared/training-dashboard.schema.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { exportDashboardCsv } from "../../../services/training/export-dashboard-csv.js";
import { findClassroomTrainings } from "../../../services/training/find-classroom-trainings.js";
import { findLearnerRecords } from "../../../services/training/find-learner-records.js";
import { getDashboard } from "../../../services/training/get-dashboard.js";
import { recordClassroomTraining } from "../../../services/training/record-classroom-training.js";
import {
  getRefresherInterval,
  setRefresherInterval,
} from "../../../services/training/set-refresher-interval.js";
import { requireActor } from "../../plugins/auth.js";
import { fileResponses, problemResponses } from "../../openapi.js";

const tags = ["training"];

/** Dashboard, records, classroom trainings and refresher routes. */
export const trainingOversightRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/training/dashboard",
      {
        schema: {
          tags,
          summary: "Trained professionals per organisation, type and month; module figures",
          querystring: dashboardQuery,
          response: { 200: dashboardView, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => getDashboard(deps, requireActor(request), request.query),
    );

    app.get(
      "/api/training/dashboard.csv",
      {
        schema: {
          tags,
          summary: "The dashboard as CSV",
          querystring: dashboardQuery,
          ...fileResponses("text/csv", 400, 401, 403),
        },
      },
      async (request, reply) => {
        const { csv, filename } = await exportDashboardCsv(
          deps,
          requireActor(request),
          request.query,
        );
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${filename}"`)
          .send(csv);
      },
    );

    app.get(
      "/api/training/records",
      {
        schema: {
          tags,
          summary: "Training records of professionals (team lead: own organisation; trainer: all)",
          querystring: recordsQuery,
          response: { 200: learnerRecords, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findLearnerRecords(deps, requireActor(request), request.query),
    );

    app.get(
      "/api/training/classroom-trainings",
      {
        schema: {
          tags,
          summary: "Recorded classroom trainings",
          querystring: classroomListQuery,
          response: { 200: classroomList, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => findClassroomTrainings(deps, requireActor(request), request.query),
    );

    app.post(
      "/api/training/classroom-trainings",
      {
        schema: {
          tags,
          summary: "Record a classroom training (trainers)",
          body: classroomBody,
          response: { 201: classroomView, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const view = await recordClassroomTraining(deps, requireActor(request), request.body);
        return reply.code(201).send(view);
      },
    );

    app.get(
      "/api/training/organisations/:id/refresher",
      {
        schema: {
          tags,
          summary: "An organisation's refresher interval",
          params: organisationParams,
          response: { 200: refresherView, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        getRefresherInterval(deps, requireActor(request), { organisationId: request.params.id }),
    );

    app.put(
      "/api/training/organisations/:id/refresher",
      {
        schema: {
          tags,
          summary: "Set an organisation's refresher interval in months (null: off)",
          params: organisationParams,
          body: refresherBody,
          response: { 200: refresherView, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        setRefresherInterval(deps, requireActor(request), {
          organisationId: request.params.id,
          months: request.body.months,
        }),
    );
  };
