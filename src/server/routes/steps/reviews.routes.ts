/**
 * Review dates: record a review as done, and the actor's overdue and due reviews
 * (GET /api/reviews/due). Also runs the reminder sweep every few minutes while the app runs.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { completeReview } from "../../../services/steps/complete-review.js";
import { findDueReviews } from "../../../services/steps/find-due-reviews.js";
import { sendReviewReminders } from "../../../services/steps/send-review-reminders.js";
import { completeReviewBody, dueReviewsQuery, reviewParams } from "../../../shared/steps.schema.js";
import { requireActor } from "../../plugins/auth.js";
import { okOrProblems, problemResponses } from "../../openapi.js";

const SWEEP_MS = 5 * 60_000;

export const reviewRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    if (deps.config.env !== "test") {
      let timer: ReturnType<typeof setInterval> | undefined;
      const sweep = () => {
        sendReviewReminders(deps, deps.clock()).catch((err: unknown) =>
          app.log.warn({ err }, "review reminder sweep failed"),
        );
      };
      app.addHook("onReady", async () => {
        timer = setInterval(sweep, SWEEP_MS);
        timer.unref();
        sweep();
      });
      app.addHook("onClose", async () => {
        if (timer) clearInterval(timer);
      });
    }
    app.post(
      "/api/youths/:id/reviews/:reviewId/done",
      {
        schema: {
          tags: ["steps"],
          summary: "Record a review as done, optionally with the next review date",
          params: reviewParams,
          body: completeReviewBody,
          response: {
            200: z.object({
              id: z.string(),
              version: z.number(),
              nextReviewId: z.string().nullable(),
            }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) =>
        completeReview(
          deps,
          requireActor(request),
          request.params.id,
          request.params.reviewId,
          request.body,
        ),
    );
    app.get(
      "/api/reviews/due",
      {
        schema: {
          tags: ["steps"],
          summary: "My overdue reviews and those due within N days (default 7)",
          querystring: dueReviewsQuery,
          response: okOrProblems(400, 401),
        },
      },
      async (request) => findDueReviews(deps, requireActor(request), request.query),
    );
  };
