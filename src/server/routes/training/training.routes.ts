/**
 * /api/training — the learner side: modules with my progress, one module, start, page views,
 * exercise answers, the knowledge check, my records and my certificate. The oversight side
 * (dashboard, records, classroom trainings, refresher) is in training-oversight.routes.ts.
 * The programme is loaded and validated when the routes register, so bad content stops the start.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  exerciseAnswerBody,
  exerciseAnswerResult,
  exerciseParams,
  langQuery,
  moduleDetail,
  moduleList,
  moduleParams,
  myRecords,
  pageParams,
  progressAnswer,
  quizAnswerResult,
  quizBody,
} from "../../../shared/training.schema.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { createCertificate } from "../../../services/training/create-certificate.js";
import { findModules } from "../../../services/training/find-modules.js";
import { getModule } from "../../../services/training/get-module.js";
import { getMyRecords } from "../../../services/training/get-my-records.js";
import { trainingContent } from "../../../services/training/load-training.js";
import { recordExerciseAnswer } from "../../../services/training/record-exercise-answer.js";
import { recordPageView } from "../../../services/training/record-page-view.js";
import { startModule } from "../../../services/training/start-module.js";
import { submitQuiz } from "../../../services/training/submit-quiz.js";
import { requireActor } from "../../plugins/auth.js";
import { fileResponses, problemResponses } from "../../openapi.js";
import { trainingOversightRoutes } from "./training-oversight.routes.js";

const noBody = z.object({}).strict().nullish();
const tags = ["training"];

/** Registers every training route; throws at start-up when the content is invalid. */
export const trainingRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    trainingContent(deps);

    app.get(
      "/api/training/modules",
      {
        schema: {
          tags,
          summary: "The training modules with my progress",
          querystring: langQuery,
          response: { 200: moduleList, ...problemResponses(400, 401) },
        },
      },
      async (request) => findModules(deps, requireActor(request), request.query),
    );

    app.get(
      "/api/training/modules/:id",
      {
        schema: {
          tags,
          summary: "One module (pages, exercises, knowledge check — without answers)",
          params: moduleParams,
          querystring: langQuery,
          response: { 200: moduleDetail, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) =>
        getModule(deps, requireActor(request), { id: request.params.id, ...request.query }),
    );

    app.post(
      "/api/training/modules/:id/start",
      {
        schema: {
          tags,
          summary: "Start a module (idempotent)",
          params: moduleParams,
          body: noBody,
          response: { 200: progressAnswer, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => ({
        progress: await startModule(deps, requireActor(request), { id: request.params.id }),
      }),
    );

    app.post(
      "/api/training/modules/:id/pages/:pageId",
      {
        schema: {
          tags,
          summary: "Record that I read a page",
          params: pageParams,
          body: noBody,
          response: { 200: progressAnswer, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => ({
        progress: await recordPageView(deps, requireActor(request), request.params),
      }),
    );

    app.post(
      "/api/training/modules/:id/exercises/:exerciseId",
      {
        schema: {
          tags,
          summary: "Answer an exercise and get feedback per answer",
          params: exerciseParams,
          querystring: langQuery,
          body: exerciseAnswerBody,
          response: { 200: exerciseAnswerResult, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        recordExerciseAnswer(deps, requireActor(request), {
          ...request.params,
          answer: request.body,
          lang: request.query.lang,
        }),
    );

    app.post(
      "/api/training/modules/:id/quiz",
      {
        schema: {
          tags,
          summary: "Submit the knowledge check (retakes allowed; the best score counts)",
          params: moduleParams,
          querystring: langQuery,
          body: quizBody,
          response: { 200: quizAnswerResult, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        submitQuiz(deps, requireActor(request), {
          id: request.params.id,
          answers: request.body.answers,
          lang: request.query.lang,
        }),
    );

    app.get(
      "/api/training/me/records",
      {
        schema: {
          tags,
          summary: "My training records",
          querystring: langQuery,
          response: { 200: myRecords, ...problemResponses(400, 401) },
        },
      },
      async (request) => getMyRecords(deps, requireActor(request), request.query),
    );

    app.get(
      "/api/training/me/certificate.pdf",
      {
        schema: {
          tags,
          summary: "My certificate of completion (PDF), once every module is completed",
          querystring: langQuery,
          ...fileResponses("application/pdf", 400, 401, 403, 404, 409),
        },
      },
      async (request, reply) => {
        const cert = await createCertificate(deps, requireActor(request), request.query);
        return reply
          .type("application/pdf")
          .header("content-disposition", `attachment; filename="${cert.filename}"`)
          .send(cert.pdf);
      },
    );

    await app.register(trainingOversightRoutes(deps));
  };
